/// Variation of integer vectors within inclusive bounds: uniform or one-point crossover and
/// per-gene resampling mutation (each gene, with probability `geneMutationProbability`, takes a
/// different value drawn uniformly from its bounds).
public struct IntegerVariation: Variation, Codable, Sendable, Hashable {
    public enum Crossover: String, Codable, Sendable, Hashable {
        /// Each gene comes from either parent with probability ½ (Syswerda 1989).
        case uniform
        /// Genes before a random cut come from one parent, the rest from the other.
        case onePoint
    }

    public var lowerBounds: [Int]
    public var upperBounds: [Int]
    public var crossover: Crossover
    /// Probability that a mating crosses at all (otherwise the children copy the parents).
    public var crossoverProbability: Double
    /// Probability that an offspring is mutated at all.
    public var mutationProbability: Double
    /// Probability that mutation resamples a given gene; `nil` means 1/n.
    public var geneMutationProbability: Double?
    /// When mutation resamples no gene, force one resampling, so a mutated child always differs
    /// from its parent (when some gene has more than one value).
    public var mutatesAtLeastOneGene: Bool

    /// - Precondition: the bounds have equal length and `lowerBounds[i] ≤ upperBounds[i]`.
    public init(
        lowerBounds: [Int], upperBounds: [Int], crossover: Crossover = .uniform,
        crossoverProbability: Double = 1, mutationProbability: Double = 1, geneMutationProbability: Double? = nil,
        mutatesAtLeastOneGene: Bool = true
    ) {
        precondition(lowerBounds.count == upperBounds.count, "bounds of different lengths")
        precondition(zip(lowerBounds, upperBounds).allSatisfy { $0 <= $1 }, "a lower bound exceeds its upper bound")
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
        self.crossover = crossover
        self.crossoverProbability = crossoverProbability
        self.mutationProbability = mutationProbability
        self.geneMutationProbability = geneMutationProbability
        self.mutatesAtLeastOneGene = mutatesAtLeastOneGene
    }

    public var geneCount: Int { lowerBounds.count }

    /// A vector with every gene drawn uniformly from its bounds.
    public func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Int] {
        (0..<geneCount).map { Int.random(in: lowerBounds[$0]...upperBounds[$0], using: &generator) }
    }

    /// - Complexity: O(n).
    public func crossover<R: RandomNumberGenerator>(
        _ first: [Int], _ second: [Int], using generator: inout R
    ) -> ([Int], [Int]) {
        let n = geneCount
        guard n > 1, generator.unitInterval() < crossoverProbability else { return (first, second) }
        var child1 = first, child2 = second
        switch crossover {
        case .uniform:
            for i in 0..<n where Bool.random(using: &generator) {
                child1[i] = second[i]
                child2[i] = first[i]
            }
        case .onePoint:
            let cut = Int.random(in: 1..<n, using: &generator)
            for i in cut..<n {
                child1[i] = second[i]
                child2[i] = first[i]
            }
        }
        return (child1, child2)
    }

    /// - Complexity: O(n).
    public func mutate<R: RandomNumberGenerator>(_ genome: [Int], using generator: inout R) -> [Int] {
        guard mutationProbability >= 1 || generator.unitInterval() < mutationProbability else { return genome }
        let n = geneCount
        let perGene = geneMutationProbability ?? 1 / Double(max(n, 1))
        var child = genome
        var changed = false
        for i in 0..<n where lowerBounds[i] < upperBounds[i] && generator.unitInterval() < perGene {
            child[i] = differentValue(gene: i, than: genome[i], using: &generator)
            changed = true
        }
        if !changed && mutatesAtLeastOneGene,
           let i = (0..<n).filter({ lowerBounds[$0] < upperBounds[$0] }).randomElement(using: &generator) {
            child[i] = differentValue(gene: i, than: genome[i], using: &generator)
        }
        return child
    }

    private func differentValue<R: RandomNumberGenerator>(gene i: Int, than value: Int, using generator: inout R) -> Int {
        let drawn = Int.random(in: lowerBounds[i]..<upperBounds[i], using: &generator)
        return drawn >= value ? drawn + 1 : drawn
    }
}
