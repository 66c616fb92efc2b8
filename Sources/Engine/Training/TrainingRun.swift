import Randomness

/// The mutable state of one `Trainer.train` call: optimiser state, step counter and clock.
struct TrainingRun {
    let configuration: TrainingConfiguration
    let specs: [[ParameterSpec]]
    let epochCount: Int
    let totalSteps: Int
    let loss: SoftmaxCrossEntropy
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var optimizer: any Optimizer
    /// Optimiser steps taken so far.
    var step = 0

    init(configuration: TrainingConfiguration, specs: [[ParameterSpec]], epochCount: Int, totalSteps: Int) {
        self.configuration = configuration
        self.specs = specs
        self.epochCount = epochCount
        self.totalSteps = totalSteps
        self.loss = SoftmaxCrossEntropy(labelSmoothing: configuration.labelSmoothing)
        self.start = clock.now
        self.optimizer = configuration.optimizer.makeOptimizer()
    }

    /// One pass over a seeded permutation of `data`, stopping early at the steps budget or at the
    /// first non-finite loss, gradient or weight (then `failure` says where).
    ///
    /// - Complexity: O(batches · (forward + backward + parameters)).
    mutating func trainEpoch(
        _ epoch: Int, model: inout Model, data: Dataset, progress: (TrainingEvent) -> Void
    ) -> (report: EpochReport, failure: String?) {
        var root = SeededGenerator(seed: configuration.seed)
        var generator = root.split(stream: UInt64(epoch))
        let order = Array(0..<data.count).shuffled(using: &generator)
        let batchSize = configuration.batchSize
        let fullBatches = data.count / batchSize
        let batchCount = min(
            configuration.dropsPartialBatch || data.count % batchSize == 0 ? fullBatches : fullBatches + 1,
            totalSteps - step)
        let logitsIndex = model.logitsIndex
        let epochStart = clock.now
        var lastEvent = epochStart
        var batchesSinceEvent = 0
        var report = EpochReport(
            epoch: epoch, steps: 0, items: 0, trainingLoss: 0, trainingAccuracy: 0, learningRate: 0, seconds: 0,
            imagesPerSecond: 0)
        var lossSum = 0.0
        var correct = 0
        var failure: String?
        for batch in 0..<batchCount {
            let place = "epoch \(epoch), step \(step + 1) (batch \(batch + 1) of \(batchCount))"
            let indices = order[batch * batchSize ..< min((batch + 1) * batchSize, data.count)]
            let (images, labels) = data.batch(indices, augmentation: configuration.augmentation, using: &generator)
            let tape = model.forward(images, mode: .training, upTo: logitsIndex)
            let result = loss.evaluate(logits: tape.outputs[logitsIndex], labels: labels)
            guard result.isFinite else {
                failure = "\(place): loss is not finite (\(result.loss))"
                break
            }
            var gradients = model.backward(tape: tape, outputGradient: result.logitsGradient).parameters
            let norm = configuration.gradientClipping?.apply(to: &gradients) ?? GradientClipping.globalNorm(gradients)
            guard norm.isFinite else {
                failure = "\(place): gradient norm is not finite (\(norm))"
                break
            }
            let learningRate = configuration.schedule.learningRate(step: step, totalSteps: totalSteps)
            optimizer.step(parameters: &model.parameters, gradients: gradients, specs: specs, learningRate: learningRate)
            step += 1
            lossSum += result.loss * Double(labels.count)
            correct += result.correct
            report.steps += 1
            report.items += labels.count
            report.learningRate = learningRate
            batchesSinceEvent += 1
            let now = clock.now
            let interval = configuration.progressIntervalBatches
            if batch == batchCount - 1 || (interval > 0 && batchesSinceEvent >= interval)
                || seconds(from: lastEvent, to: now) >= configuration.progressIntervalSeconds {
                let elapsed = seconds(from: epochStart, to: now)
                progress(.batchFinished(TrainingProgress(
                    epoch: epoch, epochCount: epochCount, batch: batch + 1, batchCount: batchCount, step: step,
                    totalSteps: totalSteps, trainingLoss: lossSum / Double(report.items),
                    trainingAccuracy: Double(correct) / Double(report.items), learningRate: learningRate,
                    imagesPerSecond: elapsed > 0 ? Double(report.items) / elapsed : 0,
                    elapsedSeconds: seconds(from: start, to: now))))
                lastEvent = now
                batchesSinceEvent = 0
            }
        }
        if failure == nil, let name = Self.firstNonFiniteTensor(model) {
            failure = "epoch \(epoch), after step \(step): \(name) is not finite"
        }
        let elapsed = seconds(from: epochStart, to: clock.now)
        if report.items > 0 {
            report.trainingLoss = lossSum / Double(report.items)
            report.trainingAccuracy = Double(correct) / Double(report.items)
            report.imagesPerSecond = elapsed > 0 ? Double(report.items) / elapsed : 0
        }
        report.seconds = elapsed
        return (report, failure)
    }

    /// The name (`layer.param`) of the first parameter or buffer holding NaN or infinity.
    ///
    /// - Complexity: O(number of parameter and buffer scalars).
    static func firstNonFiniteTensor(_ model: Model) -> String? {
        model.namedTensors.first { !$0.tensor.scalars.allSatisfy(\.isFinite) }?.name
    }
}
