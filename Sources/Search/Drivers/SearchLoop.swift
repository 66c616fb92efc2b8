/// The in-memory driver: ask, evaluate in stages (cheap constraints first, so a genome over a
/// hard budget never costs an expensive evaluation), tell, until the budget is spent.
public enum SearchLoop {
    /// Runs `optimizer` on `problem` until `budget` is spent or the optimiser has nothing new to
    /// ask, calling `progress` after each generation.
    /// - Complexity: one staged evaluation per asked genome plus the optimiser's own work.
    public static func run<P: Problem, O: AskTellOptimizer>(
        problem: P, optimizer: inout O, budget: EvaluationBudget,
        progress: (GenerationReport) -> Void = { _ in }
    ) -> SearchHistory<P.Genome> where O.Genome == P.Genome {
        var history = SearchHistory<P.Genome>()
        var expensive = 0
        while !budget.isExhausted(
            evaluations: history.evaluations, expensiveEvaluations: expensive, generations: history.generations) {
            let genomes = optimizer.ask()
            if genomes.isEmpty { break }
            var batch: [Individual<P.Genome>] = []
            batch.reserveCapacity(genomes.count)
            for genome in genomes {
                let (evaluation, ranExpensive) = problem.evaluateStagedReportingCost(genome)
                batch.append(Individual(genome: genome, key: problem.key(of: genome), evaluation: evaluation))
                history.ranExpensiveStage.append(ranExpensive)
                if ranExpensive { expensive += 1 }
            }
            optimizer.tell(batch)
            history.evaluated.append(contentsOf: batch)
            history.generations += 1
            let population = optimizer.population
            progress(GenerationReport(
                generation: optimizer.generation, evaluations: history.evaluations, expensiveEvaluations: expensive,
                feasibleShare: population.isEmpty
                    ? 0 : Double(population.lazy.filter { $0.evaluation.isFeasible }.count) / Double(population.count)))
        }
        history.population = optimizer.population
        return history
    }
}
