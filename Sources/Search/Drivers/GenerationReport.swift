/// What a search reports after each generation.
public struct GenerationReport: Sendable, Hashable {
    public var generation: Int
    public var evaluations: Int
    public var expensiveEvaluations: Int
    /// Share of the population that is feasible, in [0, 1].
    public var feasibleShare: Double
}
