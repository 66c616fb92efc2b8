import Search

/// Quality of a test-problem run: hypervolume (reference 1.1 per objective), IGD and IGD+
/// against the sampled true front, the time and the evaluations spent.
struct BenchmarkScore {
    static let referenceValue = 1.1

    var problem: String
    var algorithm: String
    var hypervolume: Double
    var igd: Double
    var igdPlus: Double
    var frontSize: Int
    var seconds: Double
    var evaluations: Int

    init<P: BenchmarkProblem>(problem: P, algorithm: String, front: [[Double]], seconds: Double, evaluations: Int) {
        let truth = problem.trueFront()
        let reference = Array(repeating: Self.referenceValue, count: problem.objectives.count)
        self.problem = problem.name
        self.algorithm = algorithm
        hypervolume = Hypervolume.of(front, reference: reference)
        igd = GenerationalDistance.inverted(front, reference: truth)
        igdPlus = GenerationalDistance.invertedPlus(front, reference: truth)
        frontSize = front.count
        self.seconds = seconds
        self.evaluations = evaluations
    }

    var dictionary: [String: Any] {
        ["hypervolume": hypervolume, "igd": igd.isFinite ? igd : -1, "igdPlus": igdPlus.isFinite ? igdPlus : -1,
         "seconds": seconds, "evaluations": evaluations, "frontSize": frontSize, "referencePoint": Self.referenceValue]
    }

    var text: String {
        """
        \(problem) \(algorithm): \(evaluations) evaluations, \(frontSize) points on the front
        hypervolume  \(hypervolume)  (reference point \(Self.referenceValue) in every objective)
        IGD          \(igd)
        IGD+         \(igdPlus)
        seconds      \(seconds)
        """
    }
}
