/// Variation of real vectors within box bounds: simulated binary crossover (SBX; Deb & Agrawal
/// 1995, "Simulated binary crossover for continuous search space") with bounded spread, and
/// polynomial mutation (Deb & Goyal 1996), each variable clamped to its bounds.
///
/// The defaults are pymoo 0.6.2's NSGA-II operators, so the two can be compared on equal terms:
/// `SBX(eta=15, prob=0.9)` (crossover on a mating with probability 0.9, on each variable with
/// probability 0.5, children exchanged per variable with probability 0.5) and `PM(eta=20)`
/// (an offspring is mutated with probability 0.9, each of its variables with probability
/// min(0.5, 1/n)).
public struct RealVariation: Variation, Codable, Sendable, Hashable {
    public var lowerBounds: [Double]
    public var upperBounds: [Double]
    /// Probability that a mating applies SBX at all (otherwise the children copy the parents).
    public var crossoverProbability: Double
    /// SBX distribution index ηc: larger keeps children nearer their parents.
    public var crossoverDistributionIndex: Double
    /// Probability that SBX touches a given variable.
    public var variableCrossoverProbability: Double
    /// Probability that the two children swap a crossed variable.
    public var exchangeProbability: Double
    /// Probability that an offspring is mutated at all.
    public var mutationProbability: Double
    /// Polynomial-mutation distribution index ηm.
    public var mutationDistributionIndex: Double
    /// Probability that mutation touches a given variable; `nil` means min(0.5, 1/n).
    public var variableMutationProbability: Double?

    /// - Precondition: the bounds have equal length and `lowerBounds[i] ≤ upperBounds[i]`.
    public init(
        lowerBounds: [Double], upperBounds: [Double],
        crossoverProbability: Double = 0.9, crossoverDistributionIndex: Double = 15,
        variableCrossoverProbability: Double = 0.5, exchangeProbability: Double = 0.5,
        mutationProbability: Double = 0.9, mutationDistributionIndex: Double = 20,
        variableMutationProbability: Double? = nil
    ) {
        precondition(lowerBounds.count == upperBounds.count, "bounds of different lengths")
        precondition(zip(lowerBounds, upperBounds).allSatisfy { $0 <= $1 }, "a lower bound exceeds its upper bound")
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
        self.crossoverProbability = crossoverProbability
        self.crossoverDistributionIndex = crossoverDistributionIndex
        self.variableCrossoverProbability = variableCrossoverProbability
        self.exchangeProbability = exchangeProbability
        self.mutationProbability = mutationProbability
        self.mutationDistributionIndex = mutationDistributionIndex
        self.variableMutationProbability = variableMutationProbability
    }

    /// Same bounds `lower...upper` for all `count` variables.
    public init(count: Int, lower: Double, upper: Double) {
        self.init(lowerBounds: Array(repeating: lower, count: count), upperBounds: Array(repeating: upper, count: count))
    }

    public var variableCount: Int { lowerBounds.count }

    /// A vector drawn uniformly from the box.
    public func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Double] {
        (0..<variableCount).map { i in
            lowerBounds[i] + generator.unitInterval() * (upperBounds[i] - lowerBounds[i])
        }
    }
}
