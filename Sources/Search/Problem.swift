/// What the searcher sees of a task: a genome type, objectives with directions, and constraints.
///
/// Evaluation has two stages so that a hard budget never costs an expensive evaluation:
/// `cheapConstraints` (cost models: latency, memory) runs first, and `evaluate` (accuracy,
/// training) runs only for genomes whose cheap constraints all hold. Problems without cheap
/// constraints keep the default (none).
public protocol Problem: Sendable {
    associatedtype Genome: Hashable & Codable & Sendable
    associatedtype Operators: Variation where Operators.Genome == Genome

    /// Short identifier, stored with a study (`"zdt1"`, `"nb201-eyeriss-5ms"`).
    var name: String { get }
    var objectives: [Objective] { get }
    /// Number of values `cheapConstraints` returns.
    var cheapConstraintCount: Int { get }
    /// Number of constraint values `evaluate` returns in `Evaluation.constraints`
    /// (after the cheap ones, which the searcher prepends).
    var constraintCount: Int { get }
    /// Crossover and mutation for this genome type.
    var operators: Operators { get }

    /// A random genome, used to initialise a population.
    func sample<R: RandomNumberGenerator>(using generator: inout R) -> Genome

    /// A string equal for genomes that are the same candidate (e.g. isomorphic cells);
    /// used to de-duplicate offspring and as the genome's identity in a study store.
    func key(of genome: Genome) -> String

    /// Cheap constraint values g(x) (≤ 0 holds), in order; empty by default.
    func cheapConstraints(of genome: Genome) throws -> [Double]

    /// Objectives (and the remaining constraints) of a genome whose cheap constraints hold.
    func evaluate(_ genome: Genome) throws -> Evaluation
}

extension Problem {
    public var cheapConstraintCount: Int { 0 }
    public var constraintCount: Int { 0 }
    public func cheapConstraints(of genome: Genome) throws -> [Double] { [] }
}
