/// Everything that determines a training run besides the model and the data.
///
/// Two runs with equal configurations, equal initial models and equal datasets produce
/// bit-identical weights: every random choice (subset, shuffles, augmentation) derives from `seed`.
/// The value is Codable (see `TrainingConfiguration+Codable.swift`) so a command line or a
/// configuration file can build it and a report can record it.
public struct TrainingConfiguration: Sendable, Equatable {
    public var budget: TrainingBudget
    /// Items per optimiser step.
    public var batchSize: Int
    public var optimizer: OptimizerConfiguration
    public var schedule: LearningRateSchedule
    /// Label smoothing ε of the training loss (Szegedy et al. 2016), in [0, 1).
    public var labelSmoothing: Float
    /// Global-norm gradient clipping; nil disables it.
    public var gradientClipping: GradientClipping?
    public var augmentation: Augmentation
    public var seed: UInt64
    /// Train on a seeded random subset of this many items (all items when nil or at least the
    /// dataset's size).
    public var trainingSubsetSize: Int?
    /// Items per inference batch when evaluating the validation set.
    public var evaluationBatchSize: Int
    /// Skip an epoch's last batch when it is smaller than `batchSize` (PyTorch's `drop_last`).
    public var dropsPartialBatch: Bool
    /// A `.batchFinished` event is sent when this many seconds have passed since the last one…
    public var progressIntervalSeconds: Double
    /// …or after this many batches (0: by time only). An epoch's last batch always sends one.
    public var progressIntervalBatches: Int

    public init(
        budget: TrainingBudget = .epochs(10), batchSize: Int = 128,
        optimizer: OptimizerConfiguration = .sgdNesterov, schedule: LearningRateSchedule = .cosine(0.1),
        labelSmoothing: Float = 0, gradientClipping: GradientClipping? = nil, augmentation: Augmentation = .none,
        seed: UInt64 = 0, trainingSubsetSize: Int? = nil, evaluationBatchSize: Int = 256,
        dropsPartialBatch: Bool = false, progressIntervalSeconds: Double = 1, progressIntervalBatches: Int = 0
    ) {
        self.budget = budget
        self.batchSize = batchSize
        self.optimizer = optimizer
        self.schedule = schedule
        self.labelSmoothing = labelSmoothing
        self.gradientClipping = gradientClipping
        self.augmentation = augmentation
        self.seed = seed
        self.trainingSubsetSize = trainingSubsetSize
        self.evaluationBatchSize = evaluationBatchSize
        self.dropsPartialBatch = dropsPartialBatch
        self.progressIntervalSeconds = progressIntervalSeconds
        self.progressIntervalBatches = progressIntervalBatches
    }

    /// Throws `TrainingError.invalidConfiguration` naming the first field outside its domain.
    public func validate() throws(TrainingError) {
        func fail(_ field: String, _ expected: String) -> TrainingError {
            .invalidConfiguration(field: field, expected: expected)
        }
        if let (field, expected) = budget.invalidField { throw fail(field, expected) }
        if batchSize < 1 { throw fail("batchSize", "an integer ≥ 1, found \(batchSize)") }
        if let (field, expected) = optimizer.invalidField { throw fail("optimizer.\(field)", expected) }
        if let (field, expected) = schedule.invalidField { throw fail("schedule.\(field)", expected) }
        if !(labelSmoothing >= 0 && labelSmoothing < 1) {
            throw fail("labelSmoothing", "a number in [0, 1), found \(labelSmoothing)")
        }
        if let clip = gradientClipping?.maximumNorm, !(clip > 0 && clip.isFinite) {
            throw fail("gradientClipping.maximumNorm", "a finite number > 0, found \(clip)")
        }
        if augmentation.cropPadding < 0 {
            throw fail("augmentation.cropPadding", "an integer ≥ 0, found \(augmentation.cropPadding)")
        }
        if let n = trainingSubsetSize, n < 1 { throw fail("trainingSubsetSize", "an integer ≥ 1, found \(n)") }
        if evaluationBatchSize < 1 {
            throw fail("evaluationBatchSize", "an integer ≥ 1, found \(evaluationBatchSize)")
        }
        if !(progressIntervalSeconds >= 0 && progressIntervalSeconds.isFinite) {
            throw fail("progressIntervalSeconds", "a finite number ≥ 0, found \(progressIntervalSeconds)")
        }
        if progressIntervalBatches < 0 {
            throw fail("progressIntervalBatches", "an integer ≥ 0, found \(progressIntervalBatches)")
        }
    }
}
