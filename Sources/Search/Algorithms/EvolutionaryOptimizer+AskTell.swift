extension EvolutionaryOptimizer {
    /// The initial population while none has been told, then each generation's offspring:
    /// parents by binary tournament, the problem's crossover and mutation, children whose key
    /// was evaluated before or is already in the batch discarded (up to
    /// `settings.maximumRounds` rounds of mating).
    /// - Complexity: O(offspring · (variation + key)) plus one tournament per parent.
    public mutating func ask() -> [Genome] {
        population.isEmpty ? initialGenomes() : offspring()
    }

    /// Merges the told individuals with the population and keeps the survivors. Normally they
    /// are the genomes of the last `ask`, in order; individuals evaluated elsewhere may be told
    /// too (a warm start: told before the first `ask`, they become the initial population).
    public mutating func tell(_ evaluated: [Individual<Genome>]) {
        for individual in evaluated where evaluatedKeySet.insert(individual.key).inserted {
            evaluatedKeys.append(individual.key)
        }
        let table = populationTable.appending(FitnessTable(evaluated, objectives: problem.objectives))
        let survivors = ConstrainedSurvival.select(
            from: table, count: settings.populationSize, rule: &rule, using: &generator)
        let parents = population.count
        population = survivors.indices.map { $0 < parents ? population[$0] : evaluated[$0 - parents] }
        populationTable = table.rows(survivors.indices)
        selection = survivors
        generation += 1
    }

    private mutating func initialGenomes() -> [Genome] {
        var batch = UniqueBatch<Genome>(capacity: settings.populationSize)
        var attempts = 0
        while !batch.isFull && attempts < settings.populationSize * settings.maximumRounds {
            let genome = problem.sample(using: &generator)
            batch.offer(genome, key: problem.key(of: genome), unless: evaluatedKeySet)
            attempts += 1
        }
        return batch.genomes
    }

    private mutating func offspring() -> [Genome] {
        let table = populationTable
        var batch = UniqueBatch<Genome>(capacity: settings.offspringCount)
        var round = 0
        while !batch.isFull && round < settings.maximumRounds {
            let matings = (batch.remaining + 1) / 2
            let parents = BinaryTournament.select(
                count: 2 * matings, kind: rule.tournament, table: table, crowding: selection.crowding,
                using: &generator)
            for mating in 0..<matings {
                let (first, second) = problem.operators.crossover(
                    population[parents[2 * mating]].genome, population[parents[2 * mating + 1]].genome,
                    using: &generator)
                let mutatedFirst = problem.operators.mutate(first, using: &generator)
                batch.offer(mutatedFirst, key: problem.key(of: mutatedFirst), unless: evaluatedKeySet)
                let mutatedSecond = problem.operators.mutate(second, using: &generator)
                batch.offer(mutatedSecond, key: problem.key(of: mutatedSecond), unless: evaluatedKeySet)
            }
            round += 1
        }
        return batch.genomes
    }
}
