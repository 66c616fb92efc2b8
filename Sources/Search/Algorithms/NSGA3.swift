/// NSGA-III (Deb & Jain 2014): reference-direction niching survival; tournaments decided by
/// constraint domination, feasible pairs by a coin (pymoo's `comp_by_cv_then_random`).
public typealias NSGA3<P: Problem, G: RandomNumberGenerator & Codable & Sendable> =
    EvolutionaryOptimizer<P, G, ReferenceDirectionSurvival>

extension EvolutionaryOptimizer where Rule == ReferenceDirectionSurvival {
    /// NSGA-III with `populationSize` survivors and offspring per generation, niching on
    /// `directions` (by default the largest Das–Dennis or two-layer set of at most
    /// `populationSize` directions, `ReferenceDirections.fitting`).
    public init(problem: P, populationSize: Int, directions: ReferenceDirections? = nil, generator: G) {
        let m = problem.objectives.count
        self.init(
            problem: problem, settings: EvolutionSettings(populationSize: populationSize),
            rule: ReferenceDirectionSurvival(
                directions: directions ?? .fitting(dimension: m, atMost: max(populationSize, m))),
            generator: generator)
    }
}
