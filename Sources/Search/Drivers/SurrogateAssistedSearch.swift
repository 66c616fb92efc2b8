/// Predictor-in-the-loop search: evaluate an initial sample, then repeatedly fit the surrogate,
/// run NSGA-II on its predictions (warm-started from the evaluated individuals), choose a batch
/// of unevaluated candidates by an optimistic acquisition (non-dominated fronts of the
/// predictions lowered by κ·uncertainty, the last front thinned by crowding distance, then
/// uncertainty), and evaluate the batch with the expensive evaluator — cheap constraints first.
public enum SurrogateAssistedSearch {
    /// Runs until `settings.expensiveEvaluations` expensive evaluations are spent or no new
    /// candidate turns up. The generator threads through the inner runs, so a seed fixes the run.
    /// The returned history's `population` is the feasible non-dominated set evaluated.
    public static func run<P: Problem, S: Surrogate, G: RandomNumberGenerator & Codable & Sendable>(
        problem: P, surrogate: inout S, settings: SurrogateAssistedSettings, generator: inout G,
        progress: (GenerationReport) -> Void = { _ in }
    ) throws -> SearchHistory<P.Genome> where S.Genome == P.Genome {
        var state = SurrogateLoopState(problem: problem, budget: settings.expensiveEvaluations)
        state.evaluateInitialSample(settings.initialSamples, using: &generator)
        while state.expensive < settings.expensiveEvaluations {
            try surrogate.fit(state.history.evaluated.filter { $0.evaluation.status == .ok })
            let candidates = try innerCandidates(
                problem: problem, surrogate: surrogate, state: state, settings: settings, generator: &generator)
            let batch = try acquire(
                candidates, count: min(settings.batchSize, settings.expensiveEvaluations - state.expensive),
                surrogate: surrogate, problem: problem, weight: settings.explorationWeight, generator: &generator)
            if batch.isEmpty { break }
            for genome in batch { state.evaluate(genome) }
            state.history.generations += 1
            progress(state.report)
        }
        state.history.population = ParetoFront.of(state.history.evaluated, objectives: problem.objectives)
        return state.history
    }

    /// Unevaluated genomes that pass the cheap constraints, from an NSGA-II run on the surrogate.
    private static func innerCandidates<P: Problem, S: Surrogate, G: RandomNumberGenerator & Codable & Sendable>(
        problem: P, surrogate: S, state: SurrogateLoopState<P>, settings: SurrogateAssistedSettings,
        generator: inout G
    ) throws -> [P.Genome] where S.Genome == P.Genome {
        let model = SurrogateProblem(base: problem, model: surrogate)
        var inner = NSGA2(problem: model, populationSize: settings.innerPopulation, generator: generator)
        let known = try state.history.evaluated.filter { $0.evaluation.status == .ok }.map { individual in
            Individual(genome: individual.genome, key: individual.key,
                       evaluation: Evaluation(objectives: try surrogate.predict(individual.genome).objectives))
        }
        inner.tell(known)
        let innerHistory = SearchLoop.run(
            problem: model, optimizer: &inner, budget: EvaluationBudget(generations: settings.innerGenerations))
        generator = inner.generator
        var keys = Set<String>()
        return innerHistory.evaluated.compactMap { individual in
            guard individual.evaluation.status == .ok, !state.keys.contains(individual.key),
                  keys.insert(individual.key).inserted else { return nil }
            return individual.genome
        }
    }

    /// The acquisition: `count` candidates by optimistic non-dominated rank, then crowding
    /// distance, then total uncertainty.
    private static func acquire<P: Problem, S: Surrogate, G: RandomNumberGenerator>(
        _ candidates: [P.Genome], count: Int, surrogate: S, problem: P, weight: Double, generator: inout G
    ) throws -> [P.Genome] where S.Genome == P.Genome {
        let objectives = problem.objectives
        var optimistic: [Double] = []
        var spread: [Double] = []
        for genome in candidates {
            let prediction = try surrogate.predict(genome)
            for (k, objective) in objectives.enumerated() {
                optimistic.append(objective.minimized(prediction.objectives[k]) - weight * prediction.uncertainty[k])
            }
            spread.append(prediction.uncertainty.reduce(0, +))
        }
        guard !candidates.isEmpty else { return [] }
        let table = FitnessTable(minimized: optimistic, objectiveCount: objectives.count)
        var chosen: [Int] = []
        for front in NonDominatedSorting.fronts(optimistic, dimension: objectives.count) where chosen.count < count {
            let crowding = CrowdingDistance.of(front, in: table)
            let order = front.indices.sorted {
                crowding[$0] > crowding[$1] || (crowding[$0] == crowding[$1] && spread[front[$0]] > spread[front[$1]])
            }
            chosen += order.prefix(count - chosen.count).map { front[$0] }
        }
        return chosen.map { candidates[$0] }
    }
}
