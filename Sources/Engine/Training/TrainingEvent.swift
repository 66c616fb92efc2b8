/// What `Trainer.train` reports while it runs, for a progress display.
public enum TrainingEvent: Sendable, Equatable {
    /// Epoch `epoch` (1-based) of `epochCount` begins.
    case epochStarted(epoch: Int, epochCount: Int)
    /// Sent after a batch when `progressIntervalSeconds` have passed or `progressIntervalBatches`
    /// batches were processed since the last one, and after an epoch's last batch.
    case batchFinished(TrainingProgress)
    /// The validation set of epoch `epoch` is being evaluated.
    case evaluationStarted(epoch: Int)
    case epochFinished(EpochReport)
    /// Training stopped early; the same reason is in the report's status.
    case failed(reason: String)
}
