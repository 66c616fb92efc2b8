import Foundation

/// Mean softmax cross-entropy over a batch of logits, with label smoothing.
///
/// With smoothing ε over K classes the target is `(1 − ε)·onehot + ε/K` (Szegedy et al. 2016,
/// "Rethinking the Inception architecture", §7). The gradient with respect to the logits is
/// `(softmax − target) / N`. Log-sum-exp is computed with the row maximum subtracted.
public struct SoftmaxCrossEntropy: Sendable {
    public var labelSmoothing: Float

    public init(labelSmoothing: Float = 0) {
        precondition((0..<1).contains(labelSmoothing), "label smoothing must be in [0, 1), got \(labelSmoothing)")
        self.labelSmoothing = labelSmoothing
    }

    public struct Result: Sendable {
        /// Mean loss over the batch (nats).
        public var loss: Double
        /// d loss / d logits, same shape as the logits.
        public var logitsGradient: Tensor
        /// Items whose arg-max logit equals the label.
        public var correct: Int
        /// Whether any logit was NaN or infinite.
        public var isFinite: Bool
    }

    /// - Parameters:
    ///   - logits: `[N, K, 1, 1]` (or `[N, K]`).
    ///   - labels: N class indices in `0..<K`.
    public func evaluate(logits: Tensor, labels: [Int32]) -> Result {
        let n = logits.batch
        let k = logits.itemCount
        precondition(labels.count == n, "SoftmaxCrossEntropy: \(labels.count) labels for batch \(n)")
        var gradient = Tensor(zeros: logits.shape)
        var total = 0.0
        var correct = 0
        var finite = true
        let off = Double(labelSmoothing) / Double(k)
        let on = 1 - Double(labelSmoothing) + off
        for row in 0..<n {
            let label = Int(labels[row])
            precondition((0..<k).contains(label), "SoftmaxCrossEntropy: label \(label) outside 0..<\(k)")
            let base = row * k
            var maxValue = -Double.infinity
            var argmax = 0
            for j in 0..<k {
                let v = Double(logits.scalars[base + j])
                if !v.isFinite { finite = false }
                if v > maxValue { maxValue = v; argmax = j }
            }
            if argmax == label { correct += 1 }
            var sum = 0.0
            for j in 0..<k { sum += exp(Double(logits.scalars[base + j]) - maxValue) }
            let logSum = log(sum) + maxValue
            for j in 0..<k {
                let logP = Double(logits.scalars[base + j]) - logSum
                let target = j == label ? on : off
                total -= target * logP
                gradient.scalars[base + j] = Float((exp(logP) - target) / Double(n))
            }
        }
        let loss = total / Double(max(n, 1))
        return Result(loss: loss, logitsGradient: gradient, correct: correct, isFinite: finite && loss.isFinite)
    }
}
