/// A genome together with its evaluation, as an optimiser holds it in a population.
public struct Individual<Genome: Hashable & Codable & Sendable>: Codable, Sendable, Hashable {
    public var genome: Genome
    public var key: String
    public var evaluation: Evaluation

    public init(genome: Genome, key: String, evaluation: Evaluation) {
        self.genome = genome
        self.key = key
        self.evaluation = evaluation
    }
}
