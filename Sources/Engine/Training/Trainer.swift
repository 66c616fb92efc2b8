import Randomness

/// Mini-batch training of a classifier with softmax cross-entropy.
///
/// Each epoch shuffles the training items with a generator derived from the configuration's seed
/// and the epoch number (`SeededGenerator(seed:).split(stream: epoch)`), so an epoch's order does
/// not depend on what ran before it. Each step runs a training-mode forward pass up to
/// `Model.logitsIndex`, the loss (`SoftmaxCrossEntropy` with the configured label smoothing), the
/// backward pass, optional global-norm clipping, and one optimiser update at the schedule's
/// learning rate. A non-finite loss, gradient or weight stops the run with a `.failed` report.
///
/// Only the model's weights change: the trainer is an immutable value and a command line needs
/// no more than a configuration, datasets and a closure that draws `TrainingEvent`s.
public struct Trainer: Sendable {
    public let configuration: TrainingConfiguration

    /// Throws `TrainingError.invalidConfiguration` for an invalid configuration.
    public init(configuration: TrainingConfiguration) throws(TrainingError) {
        try configuration.validate()
        self.configuration = configuration
    }

    /// Trains `model` in place and reports each epoch.
    ///
    /// - Parameters:
    ///   - training: items whose shape is the network input and whose labels index its logits.
    ///   - validation: evaluated after every epoch when given.
    ///   - progress: called on the calling thread with events (see `TrainingEvent`).
    /// - Throws: `TrainingError` when a dataset does not fit the model or is empty, or when
    ///   `dropsPartialBatch` leaves no batch. Divergence is reported, not thrown.
    /// - Complexity: O(steps · (forward + backward + parameters)) plus a validation pass per epoch.
    public func train(
        model: inout Model, training: Dataset, validation: Dataset? = nil,
        progress: (TrainingEvent) -> Void = { _ in }
    ) throws(TrainingError) -> TrainingReport {
        try Self.checkCompatible(training, with: model)
        if let validation { try Self.checkCompatible(validation, with: model) }
        let data = trainingItems(of: training)
        let batchSize = configuration.batchSize
        let stepsPerEpoch = configuration.dropsPartialBatch
            ? data.count / batchSize : (data.count + batchSize - 1) / batchSize
        guard stepsPerEpoch > 0 else {
            throw .invalidConfiguration(
                field: "batchSize",
                expected: "at most the \(data.count) training items when dropping partial batches, found \(batchSize)")
        }
        let plan = configuration.budget.plan(stepsPerEpoch: stepsPerEpoch)
        var run = TrainingRun(
            configuration: configuration, specs: model.kernels.map(\.parameterSpecs),
            epochCount: plan.epochs, totalSteps: plan.totalSteps)
        var report = TrainingReport(
            status: .completed, configuration: configuration, network: model.network.name,
            trainingItems: data.count, validationItems: validation?.count, steps: 0, epochs: [], seconds: 0)
        for epoch in 1...plan.epochs where run.step < plan.totalSteps {
            progress(.epochStarted(epoch: epoch, epochCount: plan.epochs))
            let epochStart = run.clock.now
            let outcome = run.trainEpoch(epoch, model: &model, data: data, progress: progress)
            var failure = outcome.failure
            var epochReport = outcome.report
            if failure == nil, let validation {
                progress(.evaluationStarted(epoch: epoch))
                // Datasets were checked above, so evaluation cannot throw here.
                let result = try Self.evaluate(model: model, dataset: validation, batchSize: configuration.evaluationBatchSize)
                if result.loss.isFinite {
                    epochReport.validationLoss = result.loss
                    epochReport.validationAccuracy = result.accuracy
                } else {
                    failure = "epoch \(epoch): validation loss is not finite (\(result.loss))"
                }
            }
            epochReport.seconds = seconds(from: epochStart, to: run.clock.now)
            report.steps = run.step
            if epochReport.steps > 0 { report.epochs.append(epochReport) }
            if let failure {
                report.status = .failed(reason: failure)
                progress(.failed(reason: failure))
                break
            }
            progress(.epochFinished(epochReport))
        }
        report.seconds = seconds(from: run.start, to: run.clock.now)
        return report
    }

    /// The training set, or its seeded random subset when `trainingSubsetSize` is set.
    private func trainingItems(of training: Dataset) -> Dataset {
        guard let limit = configuration.trainingSubsetSize else { return training }
        var root = SeededGenerator(seed: configuration.seed)
        var generator = root.split(stream: 0)
        return training.randomSubset(limit, using: &generator)
    }
}

func seconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Double {
    let d = (end - start).components
    return Double(d.seconds) + Double(d.attoseconds) * 1e-18
}
