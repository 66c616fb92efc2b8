/// Measurements of one epoch. Training loss and accuracy are means over the epoch's batches as
/// seen during training (training-mode forward, weights changing); validation numbers are taken
/// in inference mode after the epoch.
public struct EpochReport: Sendable, Equatable, Codable {
    /// 1-based.
    public var epoch: Int
    /// Optimiser steps and training items in this epoch.
    public var steps: Int
    public var items: Int
    /// Mean training loss per item (nats, with label smoothing) and training accuracy (fraction).
    public var trainingLoss: Double
    public var trainingAccuracy: Double
    public var validationLoss: Double?
    public var validationAccuracy: Double?
    /// Learning rate of the epoch's last step.
    public var learningRate: Float
    /// Wall-clock seconds of the epoch, validation included.
    public var seconds: Double
    /// Training items per second (validation excluded).
    public var imagesPerSecond: Double
}

extension EpochReport: CustomStringConvertible {
    /// One summary line, e.g. `epoch 3: train loss 0.4321 acc 85.2%  val loss 0.5123 acc 82.0%  12.3 s  4100 img/s`.
    public var description: String {
        var line = "epoch \(epoch): train loss \(fixed(trainingLoss, 4)) acc \(fixed(100 * trainingAccuracy, 1))%"
        if let validationLoss, let validationAccuracy {
            line += "  val loss \(fixed(validationLoss, 4)) acc \(fixed(100 * validationAccuracy, 1))%"
        }
        return line + "  \(fixed(seconds, 1)) s  \(Int(imagesPerSecond.rounded())) img/s"
    }
}
