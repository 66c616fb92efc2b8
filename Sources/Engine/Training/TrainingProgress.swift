/// A snapshot of a running epoch.
public struct TrainingProgress: Sendable, Equatable, Codable {
    /// 1-based epoch number and the planned number of epochs.
    public var epoch: Int
    public var epochCount: Int
    /// Batches done in this epoch and the epoch's number of batches.
    public var batch: Int
    public var batchCount: Int
    /// Optimiser steps done since the start and the planned total.
    public var step: Int
    public var totalSteps: Int
    /// Running mean training loss (nats) and accuracy (fraction) over this epoch's batches so far.
    public var trainingLoss: Double
    public var trainingAccuracy: Double
    public var learningRate: Float
    /// Training items per second in this epoch so far.
    public var imagesPerSecond: Double
    /// Seconds since training started.
    public var elapsedSeconds: Double
}

extension TrainingProgress: CustomStringConvertible {
    /// One progress line, e.g. `epoch 2/10  batch 120/391  loss 1.2345  acc 56.7%  lr 0.09300  1234 img/s`.
    public var description: String {
        "epoch \(epoch)/\(epochCount)  batch \(batch)/\(batchCount)  loss \(fixed(trainingLoss, 4))  "
            + "acc \(fixed(100 * trainingAccuracy, 1))%  lr \(fixed(Double(learningRate), 5))  \(Int(imagesPerSecond.rounded())) img/s"
    }
}

/// `value` with `digits` decimals, without Foundation's locale-dependent formatting.
func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = String(Int(scaled - Double(whole) * scale))
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
}
