import Search

/// A surrogate for the NB201 budget problem: accuracy predicted as the distance-weighted mean
/// of the k evaluated cells nearest in Hamming distance over the six genes, with the mean
/// distance to them (in genes) times the spread of their accuracies as uncertainty; latency
/// taken from the cost model (the latency table) with no uncertainty.
struct NB201NeighbourSurrogate: Surrogate {
    let oracle: NB201Oracle
    var neighbours = 5
    private var cells: [[Int]] = []
    private var accuracy: [Double] = []

    init(oracle: NB201Oracle, neighbours: Int) {
        self.oracle = oracle
        self.neighbours = neighbours
    }

    mutating func fit(_ evaluated: [Individual<[Int]>]) throws {
        cells = evaluated.map(\.genome)
        accuracy = evaluated.map { $0.evaluation.objectives[0] }
    }

    func predict(_ genome: [Int]) throws -> SurrogatePrediction {
        let distances = cells.map { cell in zip(cell, genome).filter { $0 != $1 }.count }
        let nearest = distances.indices.sorted { distances[$0] < distances[$1] }.prefix(neighbours)
        var weighted = 0.0, weights = 0.0
        for i in nearest {
            let w = 1 / Double(1 + distances[i])
            weighted += w * accuracy[i]
            weights += w
        }
        let mean = weighted / weights
        let values = nearest.map { accuracy[$0] }
        let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
        let distance = Double(nearest.map { distances[$0] }.reduce(0, +)) / Double(nearest.count)
        return SurrogatePrediction(
            objectives: [mean, oracle.latencyMilliseconds[NB201Oracle.index(genome)]],
            uncertainty: [spread * distance, 0])
    }
}
