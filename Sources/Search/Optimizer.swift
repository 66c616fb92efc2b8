/// An optimiser in ask/tell form: it proposes genomes, a driver evaluates them (through a
/// study store, in parallel, or from a surrogate) and tells the results back.
///
/// `Optimizer` adds `Codable` to this; an ask/tell optimiser whose problem cannot be encoded
/// (a surrogate, an in-memory oracle table) still runs in memory (`SearchLoop`).
public protocol AskTellOptimizer: Sendable {
    associatedtype Genome: Hashable & Codable & Sendable

    /// Completed generations (0 before the initial population is told).
    var generation: Int { get }

    /// The genomes to evaluate next: the initial population, then each generation's offspring,
    /// already de-duplicated against everything seen. Empty when no new genome can be found.
    mutating func ask() -> [Genome]

    /// The evaluations of exactly the genomes the last `ask` returned, in the same order.
    mutating func tell(_ evaluated: [Individual<Genome>])

    /// The current population (survivors after the last `tell`).
    var population: [Individual<Genome>] { get }
}

/// An ask/tell optimiser that is a `Codable` value.
///
/// The whole optimiser, random generator included, is a `Codable` value. A study store saves it
/// after every `tell`; resuming decodes the last snapshot, asks again (the same genomes, since
/// the generator state is restored) and answers from stored evaluations before evaluating the
/// rest. That is how a killed run continues with no evaluation lost or repeated and ends with
/// the same front as an uninterrupted run.
public protocol Optimizer: AskTellOptimizer, Codable {}
