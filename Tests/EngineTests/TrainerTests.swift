import Foundation
import Testing
@testable import Engine
import NetworkIR

@Suite("Trainer")
struct TrainerTests {
    static let training = TrainingFixtures.blobs(count: 512, seed: 11, name: "blobs-train")
    static let validation = TrainingFixtures.blobs(count: 256, seed: 12, name: "blobs-validation")

    func trainer(
        _ optimizer: OptimizerConfiguration = .sgd(momentum: 0.9, nesterov: true, weightDecay: 1e-4),
        schedule: LearningRateSchedule = .cosine(0.05, warmupSteps: 4), budget: TrainingBudget = .epochs(4),
        configure: (inout TrainingConfiguration) -> Void = { _ in }
    ) throws -> Trainer {
        var configuration = TrainingConfiguration(
            budget: budget, batchSize: 32, optimizer: optimizer, schedule: schedule, labelSmoothing: 0.05,
            gradientClipping: GradientClipping(maximumNorm: 5), augmentation: Augmentation(horizontalFlip: true),
            seed: 42, evaluationBatchSize: 100)
        configure(&configuration)
        return try Trainer(configuration: configuration)
    }

    @Test("an MLP separates two Gaussian blobs with SGD and with AdamW",
          arguments: [OptimizerConfiguration.sgd(momentum: 0.9, nesterov: true, weightDecay: 1e-4),
                      .adamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.01)])
    func separatesBlobs(_ optimizer: OptimizerConfiguration) throws {
        var model = TrainingFixtures.model()
        let before = try Trainer.evaluate(model: model, dataset: Self.validation, batchSize: 64)
        let schedule: LearningRateSchedule = if case .adamW = optimizer { .cosine(0.01, warmupSteps: 4) } else { .cosine(0.05, warmupSteps: 4) }
        let report = try trainer(optimizer, schedule: schedule).train(
            model: &model, training: Self.training, validation: Self.validation)
        #expect(report.status == .completed)
        #expect(report.epochs.count == 4)
        #expect(report.steps == 64)
        let last = try #require(report.epochs.last)
        #expect(last.trainingAccuracy > 0.95, "\(report.epochs)")
        #expect(try #require(last.validationAccuracy) > 0.95)
        #expect(try #require(last.validationLoss) < before.loss)
        #expect(last.items == 512 && last.steps == 16 && last.seconds > 0 && last.imagesPerSecond > 0)
        let after = try Trainer.evaluate(model: model, dataset: Self.validation, batchSize: 64)
        #expect(after.accuracy == last.validationAccuracy && after.count == 256)
    }

    @Test("the same seed gives bit-identical weights; another seed does not")
    func deterministic() throws {
        func train(seed: UInt64) throws -> [[Tensor]] {
            var model = TrainingFixtures.model()
            _ = try trainer(budget: .epochs(2)) { $0.seed = seed }.train(model: &model, training: Self.training)
            return model.parameters
        }
        let first = try train(seed: 5)
        let second = try train(seed: 5)
        #expect(first.flatMap { $0 }.map { $0.scalars.map(\.bitPattern) }
                == second.flatMap { $0 }.map { $0.scalars.map(\.bitPattern) })
        #expect(try train(seed: 6) != first)
    }

    @Test("a huge learning rate fails with a reason instead of crashing")
    func divergence() throws {
        var model = TrainingFixtures.model()
        var events: [TrainingEvent] = []
        let report = try trainer(schedule: .constant(1e20)) { $0.gradientClipping = nil }
            .train(model: &model, training: Self.training, validation: Self.validation) { events.append($0) }
        guard case .failed(let reason) = report.status else {
            Issue.record("expected failure, got \(report.status)")
            return
        }
        #expect(reason.hasPrefix("epoch 1, step "), "\(reason)")
        #expect(reason.contains("not finite"))
        #expect(events.last == .failed(reason: reason))
        #expect(report.steps < 16)
        #expect((try? JSONEncoder().encode(report)) != nil)
    }

    @Test("a steps budget stops after exactly that many steps")
    func stepsBudget() throws {
        var model = TrainingFixtures.model()
        var batchEvents = 0
        let report = try trainer(budget: .steps(20)) { $0.progressIntervalBatches = 1 }
            .train(model: &model, training: Self.training) { if case .batchFinished = $0 { batchEvents += 1 } }
        #expect(report.steps == 20)
        #expect(report.epochs.map(\.steps) == [16, 4])
        #expect(report.epochs.map(\.items) == [512, 128])
        #expect(batchEvents == 20)
    }

    @Test("a training subset uses exactly that many items")
    func subset() throws {
        var model = TrainingFixtures.model()
        let report = try trainer(budget: .epochs(2)) { $0.trainingSubsetSize = 100 }
            .train(model: &model, training: Self.training)
        #expect(report.trainingItems == 100)
        #expect(report.epochs.map(\.items) == [100, 100])
        #expect(report.epochs.map(\.steps) == [4, 4])
        let dropped = try trainer(budget: .epochs(1)) { $0.trainingSubsetSize = 100; $0.dropsPartialBatch = true }
            .train(model: &model, training: Self.training)
        #expect(dropped.epochs.map(\.items) == [96])
    }

    @Test("events: epoch start, progress, evaluation, epoch end")
    func events() throws {
        var model = TrainingFixtures.model()
        var events: [TrainingEvent] = []
        _ = try trainer(budget: .epochs(1)) { $0.progressIntervalSeconds = 1000 }
            .train(model: &model, training: Self.training, validation: Self.validation) { events.append($0) }
        #expect(events.count == 4)
        #expect(events.first == .epochStarted(epoch: 1, epochCount: 1))
        guard case .batchFinished(let progress) = events[1], case .epochFinished(let epoch) = events[3] else {
            Issue.record("unexpected events \(events)")
            return
        }
        #expect(progress.batch == 16 && progress.batchCount == 16 && progress.step == 16 && progress.totalSteps == 16)
        #expect(events[2] == .evaluationStarted(epoch: 1))
        #expect(epoch.validationAccuracy != nil)
        #expect(progress.description.hasPrefix("epoch 1/1  batch 16/16  loss "), "\(progress)")
        #expect(epoch.description.hasPrefix("epoch 1: train loss "), "\(epoch)")
        #expect(epoch.description.contains("  val loss "), "\(epoch)")
    }

    @Test("fixed-point formatting for progress lines")
    func formatting() {
        #expect(fixed(1.23456, 4) == "1.2346")
        #expect(fixed(0.05, 1) == "0.1")
        #expect(fixed(-0.0012, 3) == "-0.001")
        #expect(fixed(99.96, 1) == "100.0")
        #expect(fixed(7, 0) == "7")
        #expect(fixed(.nan, 2) == "nan")
    }

    @Test("datasets that do not fit the model are rejected")
    func incompatibleData() throws {
        var model = TrainingFixtures.model()
        let trainer = try trainer()
        let wide = Dataset(name: "wide", itemShape: [4, 1, 1], features: [Float](repeating: 0, count: 8), labels: [0, 1],
                           classNames: ["a", "b"])
        #expect(throws: TrainingError.itemShapeMismatch(dataset: "wide", itemShape: [4, 1, 1], networkInput: [8, 1, 1])) {
            try trainer.train(model: &model, training: wide)
        }
        var badLabel = TrainingFixtures.blobs(count: 4, seed: 1)
        badLabel.labels[2] = 2
        #expect(throws: TrainingError.labelOutOfRange(dataset: "blobs", item: 2, label: 2, classCount: 2)) {
            try Trainer.evaluate(model: model, dataset: badLabel, batchSize: 2)
        }
        let empty = TrainingFixtures.blobs(count: 0, seed: 1)
        #expect(throws: TrainingError.emptyDataset(dataset: "blobs")) {
            try trainer.train(model: &model, training: Self.training, validation: empty)
        }
    }

    @Test("configuration validation names the field; JSON round trip")
    func configuration() throws {
        #expect(throws: TrainingError.invalidConfiguration(field: "batchSize", expected: "an integer ≥ 1, found 0")) {
            try trainer { $0.batchSize = 0 }
        }
        #expect(throws: TrainingError.invalidConfiguration(field: "budget.steps", expected: "an integer ≥ 1, found 0")) {
            try trainer(budget: .steps(0))
        }
        let configuration = try trainer { $0.trainingSubsetSize = 7 }.configuration
        let json = try JSONEncoder().encode(configuration)
        #expect(try JSONDecoder().decode(TrainingConfiguration.self, from: json) == configuration)
        let partial = Data(#"{"budget": {"steps": 100}, "optimizer": {"adamW": {"beta1": 0.9, "beta2": 0.99, "epsilon": 1e-8, "weightDecay": 0.05}}}"#.utf8)
        let decoded = try JSONDecoder().decode(TrainingConfiguration.self, from: partial)
        #expect(decoded.budget == .steps(100) && decoded.batchSize == TrainingConfiguration().batchSize)
        #expect(throws: TrainingError.self) {
            try JSONDecoder().decode(TrainingConfiguration.self, from: Data(#"{"labelSmoothing": 1.5}"#.utf8))
        }
    }
}
