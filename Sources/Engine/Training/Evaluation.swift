/// Loss and accuracy of a model on a dataset, measured in inference mode.
public struct Evaluation: Sendable, Equatable, Codable {
    /// Mean cross-entropy per item (nats, no label smoothing).
    public var loss: Double
    /// Fraction of items whose arg-max logit is the label, in [0, 1].
    public var accuracy: Double
    /// Items evaluated.
    public var count: Int

    public init(loss: Double, accuracy: Double, count: Int) {
        self.loss = loss
        self.accuracy = accuracy
        self.count = count
    }
}
