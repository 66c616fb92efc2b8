/// Settings of `SurrogateAssistedSearch`.
public struct SurrogateAssistedSettings: Codable, Sendable, Hashable {
    /// Random genomes that pass the cheap constraints, evaluated before the first fit.
    public var initialSamples: Int
    /// Expensive evaluations per iteration.
    public var batchSize: Int
    /// Population and generations of the NSGA-II run on the surrogate each iteration.
    public var innerPopulation: Int
    public var innerGenerations: Int
    /// κ of the optimistic acquisition: each objective is scored as its minimised prediction
    /// minus κ times its uncertainty.
    public var explorationWeight: Double
    /// Total expensive evaluations.
    public var expensiveEvaluations: Int

    public init(
        initialSamples: Int, batchSize: Int, innerPopulation: Int = 50, innerGenerations: Int = 20,
        explorationWeight: Double = 1, expensiveEvaluations: Int
    ) {
        precondition(initialSamples > 0 && batchSize > 0 && innerPopulation > 1 && innerGenerations > 0)
        self.initialSamples = initialSamples
        self.batchSize = batchSize
        self.innerPopulation = innerPopulation
        self.innerGenerations = innerGenerations
        self.explorationWeight = explorationWeight
        self.expensiveEvaluations = expensiveEvaluations
    }
}
