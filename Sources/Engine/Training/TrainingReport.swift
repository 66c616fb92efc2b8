/// The outcome of `Trainer.train`: a per-epoch history and whether training ran to the end.
///
/// Codable, so a command line can print it as JSON. No field holds NaN or infinity (which JSON
/// cannot represent): a run that diverges stops with `.failed(reason:)` before recording them.
public struct TrainingReport: Sendable, Equatable, Codable {
    public enum Status: Sendable, Equatable, Codable {
        case completed
        /// Training stopped early, e.g. `"epoch 3, step 1207: loss is not finite (nan)"`. The
        /// model holds the weights reached at that point.
        case failed(reason: String)
    }

    public var status: Status
    public var configuration: TrainingConfiguration
    /// The network's name.
    public var network: String
    /// Items trained on per epoch (after `trainingSubsetSize`) and validation items, if any.
    public var trainingItems: Int
    public var validationItems: Int?
    /// Optimiser steps taken.
    public var steps: Int
    /// One report per epoch that finished (the last one may be cut short by a steps budget).
    public var epochs: [EpochReport]
    /// Wall-clock seconds for the whole run.
    public var seconds: Double

    public var isCompleted: Bool { status == .completed }
}
