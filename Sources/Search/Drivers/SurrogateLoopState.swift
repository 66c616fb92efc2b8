/// The expensive side of a surrogate-assisted search: what has been evaluated and at what cost.
struct SurrogateLoopState<P: Problem> {
    let problem: P
    let budget: Int
    var history = SearchHistory<P.Genome>()
    var keys = Set<String>()
    var expensive = 0

    init(problem: P, budget: Int) {
        self.problem = problem
        self.budget = budget
    }

    var report: GenerationReport {
        let evaluated = history.evaluated
        return GenerationReport(
            generation: history.generations, evaluations: evaluated.count, expensiveEvaluations: expensive,
            feasibleShare: evaluated.isEmpty
                ? 0 : Double(evaluated.lazy.filter { $0.evaluation.isFeasible }.count) / Double(evaluated.count))
    }

    mutating func evaluate(_ genome: P.Genome) {
        let key = problem.key(of: genome)
        guard keys.insert(key).inserted else { return }
        let (evaluation, ranExpensive) = problem.evaluateStagedReportingCost(genome)
        history.evaluated.append(Individual(genome: genome, key: key, evaluation: evaluation))
        history.ranExpensiveStage.append(ranExpensive)
        if ranExpensive { expensive += 1 }
    }

    /// Early-exit initialisation (as EEEA-Net's): random genomes until `count` have passed the
    /// cheap constraints and been evaluated (or 100 · `count` draws), rejected ones costing no
    /// expensive evaluation.
    mutating func evaluateInitialSample<G: RandomNumberGenerator>(_ count: Int, using generator: inout G) {
        let target = min(count, budget)
        var draws = 0
        while expensive < target && draws < 100 * count {
            evaluate(problem.sample(using: &generator))
            draws += 1
        }
        history.generations = 1
    }
}
