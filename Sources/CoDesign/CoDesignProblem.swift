import CostModels
import Search
import SearchSpaces

/// A co-design search as the searcher sees it: genomes are the co-design space's gene values,
/// the budgets are cheap constraints (the cost model, run before any accuracy is asked for),
/// and the evaluator's objectives are the objectives. Isomorphic networks on the same
/// accelerator share a key (`CoDesignSpace.canonicalKey`).
public struct CoDesignProblem<NetworkSpace: SearchSpace, Model: CostModel>: Problem where Model.Estimate: AreaFigures {
    public let evaluator: CoDesignEvaluator<NetworkSpace, Model>
    public let operators: CategoricalVariation
    public let name: String

    /// `operators` default to uniform crossover and per-gene resampling over the space's genes.
    public init(evaluator: CoDesignEvaluator<NetworkSpace, Model>, operators: CategoricalVariation? = nil, name: String? = nil) {
        self.evaluator = evaluator
        self.operators = operators ?? CategoricalVariation(choiceCounts: evaluator.space.genes.map(\.choices.count))
        self.name = name ?? "codesign-\(evaluator.space.name)"
    }

    public var objectives: [Objective] { evaluator.objectives.map(\.objective) }
    public var cheapConstraintCount: Int { evaluator.budget.constraintCount }

    public func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Int] { operators.sample(using: &generator) }

    public func key(of genome: [Int]) -> String { evaluator.space.canonicalKey(SearchSpaces.Genome(genome)) }

    public func cheapConstraints(of genome: [Int]) throws -> [Double] {
        try evaluator.constraints(of: SearchSpaces.Genome(genome))
    }

    public func evaluate(_ genome: [Int]) throws -> Evaluation {
        Evaluation(objectives: try evaluator.objectiveValues(of: SearchSpaces.Genome(genome)))
    }
}
