import Search
import SearchSpaces

/// NB201 under a latency budget, with the tables as oracle: maximise `cifar10_test_acc` (the
/// expensive evaluation, a "look-up") and minimise latency, subject to latency ≤ the budget as a
/// cheap constraint, so an over-budget cell never costs a look-up. Genomes are NB201Space gene
/// values; the de-duplication key is the space's isomorphism key.
struct NB201BudgetProblem: Problem {
    let space = NB201Space()
    let oracle: NB201Oracle
    let budgetMilliseconds: Double
    let operators: CategoricalVariation
    /// Whether latency is an objective as well as the budget's constraint (otherwise accuracy
    /// is the only objective).
    let minimizesLatency: Bool

    init(oracle: NB201Oracle, budgetMilliseconds: Double, operators: CategoricalVariation, minimizesLatency: Bool = true) {
        self.oracle = oracle
        self.budgetMilliseconds = budgetMilliseconds
        self.operators = operators
        self.minimizesLatency = minimizesLatency
    }

    var name: String { "nb201-eyeriss-\(budgetMilliseconds)ms" }
    var objectives: [Objective] {
        [Objective("accuracyPercent", .maximize)] + (minimizesLatency ? [Objective("latencyMilliseconds", .minimize)] : [])
    }
    var cheapConstraintCount: Int { 1 }

    func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Int] { operators.sample(using: &generator) }

    func key(of genome: [Int]) -> String { space.canonicalKey(SearchSpaces.Genome(genome)) }

    func cheapConstraints(of genome: [Int]) throws -> [Double] {
        [oracle.latencyMilliseconds[NB201Oracle.index(genome)] - budgetMilliseconds]
    }

    func evaluate(_ genome: [Int]) throws -> Evaluation {
        let i = NB201Oracle.index(genome)
        return Evaluation(objectives: [oracle.accuracyPercent[i]] + (minimizesLatency ? [oracle.latencyMilliseconds[i]] : []))
    }

    /// The best accuracy of any cell within the budget.
    var optimumPercent: Double {
        zip(oracle.accuracyPercent, oracle.latencyMilliseconds).filter { $0.1 <= budgetMilliseconds }.map(\.0).max() ?? 0
    }
}
