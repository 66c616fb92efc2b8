import CostModels
import SearchSpaces

/// Prices co-design genomes: decodes a genome to (network, accelerator profile), builds the
/// cost model for the profile with `makeModel` (once per hardware configuration, then cached),
/// and turns its estimate into objectives (accuracy from `accuracy`, latency, energy, area) and
/// budget constraints. Prices are cached per genome, so the cheap constraint stage and the
/// objective stage of one genome run the model once.
///
/// The model's estimate must carry area (`AreaFigures`): area is what makes a larger array pay
/// for its speed.
public struct CoDesignEvaluator<NetworkSpace: SearchSpace, Model: CostModel>: Sendable where Model.Estimate: AreaFigures {
    public let space: CoDesignSpace<NetworkSpace>
    public let budget: CoDesignBudget
    public let objectives: [CoDesignObjective]
    private let makeModel: @Sendable (HardwareProfile) throws -> Model
    private let accuracy: @Sendable (CoDesignCandidate) throws -> Double
    private let models = SynchronizedCache<HardwareConfiguration, Model>()
    private let prices = SynchronizedCache<Genome, CoDesignPrice>()

    /// - Precondition: `objectives` is not empty and lists each objective once.
    public init(
        space: CoDesignSpace<NetworkSpace>, budget: CoDesignBudget = CoDesignBudget(),
        objectives: [CoDesignObjective] = CoDesignObjective.allCases,
        makeModel: @escaping @Sendable (HardwareProfile) throws -> Model,
        accuracy: @escaping @Sendable (CoDesignCandidate) throws -> Double
    ) {
        precondition(!objectives.isEmpty && Set(objectives).count == objectives.count, "objectives must be distinct and not empty")
        self.space = space
        self.budget = budget
        self.objectives = objectives
        self.makeModel = makeModel
        self.accuracy = accuracy
    }

    /// How many cost models have been built (one per hardware configuration priced).
    public var builtModelCount: Int { models.count }

    public func candidate(for genome: Genome) throws -> CoDesignCandidate {
        let configuration = try space.configuration(for: genome)
        let networkGenome = space.networkGenome(of: genome)
        return CoDesignCandidate(
            genome: genome, networkGenome: networkGenome, network: try space.networkSpace.network(for: networkGenome),
            configuration: configuration, profile: space.hardwareSpace.profile(for: configuration))
    }

    /// The cost model of a configuration, built on first use.
    public func model(for configuration: HardwareConfiguration) throws -> Model {
        try models.value(for: configuration) { try makeModel(space.hardwareSpace.profile(for: configuration)) }
    }

    public func price(of genome: Genome) throws -> CoDesignPrice {
        try prices.value(for: genome) {
            let candidate = try candidate(for: genome)
            return try CoDesignPrice(model(for: candidate.configuration).cost(of: candidate.network))
        }
    }

    /// The budget constraints (`CoDesignBudget.constraints`), from the cost model alone.
    public func constraints(of genome: Genome) throws -> [Double] {
        try budget.constraints(of: price(of: genome))
    }

    /// The objective values in `objectives` order; only `.accuracy` calls the accuracy source.
    public func objectiveValues(of genome: Genome) throws -> [Double] {
        let price = try price(of: genome)
        return try objectives.map { objective in
            switch objective {
            case .accuracy: try accuracy(candidate(for: genome))
            case .latency: price.latencySeconds
            case .energy: try price.requiredEnergyJoules()
            case .area: price.areaSquareMillimetres
            }
        }
    }
}
