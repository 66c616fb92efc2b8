/// Everything an in-memory search evaluated, in evaluation order, and its final population.
public struct SearchHistory<Genome: Hashable & Codable & Sendable>: Sendable {
    /// Every evaluated individual, in the order evaluated.
    public var evaluated: [Individual<Genome>] = []
    /// Whether the expensive evaluator ran for `evaluated[i]`.
    public var ranExpensiveStage: [Bool] = []
    /// The optimiser's population after the last generation.
    public var population: [Individual<Genome>] = []
    public var generations = 0

    public init() {}

    public var evaluations: Int { evaluated.count }
    public var expensiveEvaluations: Int { ranExpensiveStage.lazy.filter { $0 }.count }
}
