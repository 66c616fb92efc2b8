/// An elitist generational evolutionary algorithm over any `Problem`, in ask/tell form:
/// binary tournaments on the current population, the problem's crossover and mutation,
/// offspring de-duplicated by key against everything evaluated so far, and survival of the
/// best of parents plus offspring by a `SurvivalRule`. NSGA-II and NSGA-III are this type with
/// their rules (`NSGA2`, `NSGA3`).
///
/// The whole state, generator included, is a value; it is `Codable` (an `Optimizer`) when the
/// problem is, so a snapshot taken after a `tell` asks the same genomes when decoded.
public struct EvolutionaryOptimizer<
    P: Problem, G: RandomNumberGenerator & Codable & Sendable, Rule: SurvivalRule
>: Sendable {
    public typealias Genome = P.Genome

    public internal(set) var problem: P
    public internal(set) var settings: EvolutionSettings
    public internal(set) var rule: Rule
    public internal(set) var generator: G
    public internal(set) var generation: Int
    public internal(set) var population: [Individual<Genome>]
    /// Tournament scores of `population` from the last survival.
    var selection: Survivors
    /// `population` as selection sees it (derived; rebuilt when decoded).
    var populationTable: FitnessTable
    /// Keys of every individual told so far, in the order told.
    public internal(set) var evaluatedKeys: [String]
    var evaluatedKeySet: Set<String>

    public init(problem: P, settings: EvolutionSettings, rule: Rule, generator: G) {
        self.problem = problem
        self.settings = settings
        self.rule = rule
        self.generator = generator
        generation = 0
        population = []
        selection = Survivors()
        populationTable = FitnessTable([Individual<Genome>](), objectives: problem.objectives)
        evaluatedKeys = []
        evaluatedKeySet = []
    }

    /// Whether `key` was told before.
    public func hasEvaluated(_ key: String) -> Bool { evaluatedKeySet.contains(key) }
}
