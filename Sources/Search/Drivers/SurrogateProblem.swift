/// `base` with its expensive objectives replaced by a surrogate's predictions; genomes,
/// operators, keys and cheap constraints are the base problem's. Expensive constraints are not
/// predicted (treated as holding).
public struct SurrogateProblem<Base: Problem, Model: Surrogate>: Problem where Model.Genome == Base.Genome {
    public var base: Base
    public var model: Model

    public init(base: Base, model: Model) {
        self.base = base
        self.model = model
    }

    public var name: String { base.name + "-surrogate" }
    public var objectives: [Objective] { base.objectives }
    public var cheapConstraintCount: Int { base.cheapConstraintCount }
    public var operators: Base.Operators { base.operators }

    public func sample<R: RandomNumberGenerator>(using generator: inout R) -> Base.Genome {
        base.sample(using: &generator)
    }

    public func key(of genome: Base.Genome) -> String { base.key(of: genome) }

    public func cheapConstraints(of genome: Base.Genome) throws -> [Double] {
        try base.cheapConstraints(of: genome)
    }

    public func evaluate(_ genome: Base.Genome) throws -> Evaluation {
        Evaluation(objectives: try model.predict(genome).objectives)
    }
}
