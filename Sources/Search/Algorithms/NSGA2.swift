/// NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002): rank-and-crowding survival, binary
/// tournaments by constraint domination, rank and crowding distance.
public typealias NSGA2<P: Problem, G: RandomNumberGenerator & Codable & Sendable> =
    EvolutionaryOptimizer<P, G, RankAndCrowdingSurvival>

extension EvolutionaryOptimizer where Rule == RankAndCrowdingSurvival {
    /// NSGA-II with `populationSize` survivors and as many offspring per generation (unless
    /// `offspringCount` says otherwise), as pymoo's `NSGA2(pop_size=…)`.
    public init(problem: P, populationSize: Int = 100, offspringCount: Int? = nil, generator: G) {
        self.init(
            problem: problem, settings: EvolutionSettings(populationSize: populationSize, offspringCount: offspringCount),
            rule: RankAndCrowdingSurvival(), generator: generator)
    }
}
