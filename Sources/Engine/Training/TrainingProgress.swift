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
