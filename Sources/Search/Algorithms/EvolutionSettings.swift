/// Sizes of an elitist evolutionary algorithm's generations.
public struct EvolutionSettings: Codable, Sendable, Hashable {
    /// Survivors kept after each generation (and size of the initial population).
    public var populationSize: Int
    /// Offspring asked for per generation.
    public var offspringCount: Int
    /// Rounds of mating (or sampling, for the initial population) tried to reach
    /// `offspringCount` genomes with unseen keys; a generation that still falls short asks
    /// for fewer, and an empty ask means the space near the population is exhausted.
    public var maximumRounds: Int

    /// - Precondition: `populationSize > 0`, `offspringCount > 0`, `maximumRounds > 0`.
    public init(populationSize: Int, offspringCount: Int? = nil, maximumRounds: Int = 100) {
        precondition(populationSize > 0, "population size must be positive")
        precondition((offspringCount ?? populationSize) > 0, "offspring count must be positive")
        precondition(maximumRounds > 0, "maximum rounds must be positive")
        self.populationSize = populationSize
        self.offspringCount = offspringCount ?? populationSize
        self.maximumRounds = maximumRounds
    }
}
