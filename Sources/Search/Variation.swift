/// Crossover and mutation for one genome type (real SBX + polynomial mutation, integer and
/// categorical uniform crossover + per-gene resampling, …).
public protocol Variation: Sendable {
    associatedtype Genome: Hashable & Codable & Sendable

    /// Two children of two parents.
    func crossover<R: RandomNumberGenerator>(
        _ first: Genome, _ second: Genome, using generator: inout R) -> (Genome, Genome)

    /// A mutated copy of `genome`.
    func mutate<R: RandomNumberGenerator>(_ genome: Genome, using generator: inout R) -> Genome
}
