/// Variation of categorical genomes: gene i holds a choice index in 0..<choiceCounts[i].
/// Choices have no order, so the operators are the order-free ones of `IntegerVariation`:
/// uniform or one-point crossover, and mutation that moves a gene to a different choice drawn
/// uniformly (at least one gene per mutated child; a child is mutated with probability
/// `mutationProbability`).
public struct CategoricalVariation: Variation, Codable, Sendable, Hashable {
    public var genes: IntegerVariation

    /// - Precondition: every gene has at least one choice.
    public init(
        choiceCounts: [Int], crossover: IntegerVariation.Crossover = .uniform,
        crossoverProbability: Double = 1, mutationProbability: Double = 1, geneMutationProbability: Double? = nil
    ) {
        precondition(choiceCounts.allSatisfy { $0 > 0 }, "a gene without choices")
        genes = IntegerVariation(
            lowerBounds: Array(repeating: 0, count: choiceCounts.count), upperBounds: choiceCounts.map { $0 - 1 },
            crossover: crossover, crossoverProbability: crossoverProbability,
            mutationProbability: mutationProbability, geneMutationProbability: geneMutationProbability, mutatesAtLeastOneGene: true)
    }

    public var choiceCounts: [Int] { genes.upperBounds.map { $0 + 1 } }

    public func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Int] {
        genes.sample(using: &generator)
    }

    public func crossover<R: RandomNumberGenerator>(
        _ first: [Int], _ second: [Int], using generator: inout R
    ) -> ([Int], [Int]) {
        genes.crossover(first, second, using: &generator)
    }

    public func mutate<R: RandomNumberGenerator>(_ genome: [Int], using generator: inout R) -> [Int] {
        genes.mutate(genome, using: &generator)
    }
}
