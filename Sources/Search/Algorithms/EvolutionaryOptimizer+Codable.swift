extension EvolutionaryOptimizer: Codable where P: Codable {
    enum CodingKeys: String, CodingKey {
        case problem, settings, rule, generator, generation, population, selection, evaluatedKeys
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        problem = try c.decode(P.self, forKey: .problem)
        settings = try c.decode(EvolutionSettings.self, forKey: .settings)
        rule = try c.decode(Rule.self, forKey: .rule)
        generator = try c.decode(G.self, forKey: .generator)
        generation = try c.decode(Int.self, forKey: .generation)
        population = try c.decode([Individual<Genome>].self, forKey: .population)
        selection = try c.decode(Survivors.self, forKey: .selection)
        evaluatedKeys = try c.decode([String].self, forKey: .evaluatedKeys)
        evaluatedKeySet = Set(evaluatedKeys)
        populationTable = FitnessTable(population, objectives: problem.objectives)
        guard selection.rank.count == population.count, selection.crowding.count == population.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .selection, in: c,
                debugDescription: "expected one rank and one crowding value per member of the population (\(population.count))")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(problem, forKey: .problem)
        try c.encode(settings, forKey: .settings)
        try c.encode(rule, forKey: .rule)
        try c.encode(generator, forKey: .generator)
        try c.encode(generation, forKey: .generation)
        try c.encode(population, forKey: .population)
        try c.encode(selection, forKey: .selection)
        try c.encode(evaluatedKeys, forKey: .evaluatedKeys)
    }
}

extension EvolutionaryOptimizer: AskTellOptimizer {}

extension EvolutionaryOptimizer: Optimizer where P: Codable {}
