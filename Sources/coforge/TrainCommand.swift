import ArgumentParser
import Engine
import Foundation
import Randomness

/// `coforge train`: trains a network on a dataset with the Engine and saves its weights.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a network on a dataset (CPU, OpenBLAS) and save its weights.",
        discussion: """
            Inputs are normalised per channel with the training split's statistics, which are \
            stored in the weight file for `coforge evaluate`. Progress goes to standard error; the \
            final test accuracy (a fraction) to standard output. A run whose loss or weights become \
            NaN/Inf stops, is reported as failed, writes no weights and exits with status 1.
            """)

    @Argument(help: "Zoo name, nb201:ARCH_STRING, or a network/genome JSON file.")
    var model: String

    @OptionGroup var data: DataOptions

    @Option(help: "Training epochs (default 5 unless --steps is given).")
    var epochs: Int?

    @Option(help: "Training steps (mini-batches) instead of epochs.")
    var steps: Int?

    @Option(help: "Train on a seeded random subset of this many training items.")
    var subset: Int?

    @Option(help: "Seed for initialisation, shuffling, subsets and augmentation.")
    var seed: UInt64 = 0

    @Option(help: "Where to write the weights (safetensors).")
    var out: String?

    @Option(help: "Mini-batch size.")
    var batchSize = 64

    @Option(help: "sgd (momentum 0.9, Nesterov) or adamw.")
    var optimizer: OptimizerChoice = .sgd

    @Option(help: "Peak learning rate (default 0.05 for sgd, 0.002 for adamw).")
    var learningRate: Float?

    @Option(help: "Weight decay (default 5e-4 for sgd, 0.05 for adamw).")
    var weightDecay: Float?

    @Option(help: "Linear warm-up steps before the cosine decay.")
    var warmupSteps = 0

    @Option(help: "Label smoothing in [0, 1).")
    var labelSmoothing: Float = 0

    @Option(help: "Clip gradients to this global L2 norm.")
    var clipNorm: Float?

    @Option(help: "none, or crop-flip (pad 4, random crop, horizontal flip).")
    var augment: AugmentChoice = .none

    @Option(help: "Hold out this fraction of the training split for per-epoch validation.")
    var validationFraction: Double = 0

    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        if epochs != nil && steps != nil { throw ValidationError("give --epochs or --steps, not both") }
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if let steps, steps < 1 { throw ValidationError("--steps must be at least 1") }
        if let subset, subset < 1 { throw ValidationError("--subset must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if !(0..<1).contains(validationFraction) { throw ValidationError("--validation-fraction must be in [0, 1)") }
        try data.validate()
    }

    func run() throws {
        data.applyThreads()
        if let out {
            let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandError("--out \(out): the folder \(folder) does not exist; create it first")
            }
        }
        let (trainingRaw, testRaw) = try TrainingData.load(data.data)
        let network = try TrainingData.network(model, for: trainingRaw, resolution: data.resolution, classes: data.classes)
        let normalization = trainingRaw.channelStatistics()
        var training = trainingRaw.normalized(normalization)
        let test = testRaw.normalized(normalization)
        var validation: Dataset?
        if validationFraction > 0 {
            var root = SeededGenerator(seed: seed)
            var splitter = root.split(stream: 1_000)
            (training, validation) = training.split(validationFraction: validationFraction, using: &splitter)
        }
        var generator = SeededGenerator(seed: seed)
        var engine = Model(network: network, using: &generator)
        let trainer = try Trainer(configuration: configuration())
        Progress.line("training \(network.name) (\(engine.parameterCount) parameters) on \(training.count) \(training.name) items, \(EngineThreads.count) threads")
        let report = try trainer.train(model: &engine, training: training, validation: validation) { event in
            switch event {
            case .batchFinished(let progress): Progress.status(progress.description)
            case .epochFinished(let epoch): Progress.line(epoch.description)
            case .failed(let reason): Progress.line("failed: \(reason)")
            case .epochStarted, .evaluationStarted: break
            }
        }
        guard report.isCompleted else {
            if case .failed(let reason) = report.status { try emit(report, test: nil, failure: reason) }
            throw ExitCode(1)
        }
        Progress.status("evaluating on \(test.count) test items")
        let evaluation = try Trainer.evaluate(model: engine.fusedForInference(), dataset: test, batchSize: 256)
        if let out {
            try engine.save(to: URL(fileURLWithPath: out), metadata: TrainingData.metadata(normalization))
        }
        try emit(report, test: evaluation, failure: nil)
    }

    private func configuration() -> TrainingConfiguration {
        let optimizerConfiguration: OptimizerConfiguration = switch optimizer {
        case .sgd: .sgd(momentum: 0.9, nesterov: true, weightDecay: weightDecay ?? 5e-4)
        case .adamw: .adamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: weightDecay ?? 0.05)
        }
        let peak = learningRate ?? (optimizer == .sgd ? 0.05 : 0.002)
        return TrainingConfiguration(
            budget: steps.map { .steps($0) } ?? .epochs(epochs ?? 5), batchSize: batchSize,
            optimizer: optimizerConfiguration,
            schedule: .cosine(peak, minimumLearningRate: 0, warmupSteps: warmupSteps),
            labelSmoothing: labelSmoothing, gradientClipping: clipNorm.map { GradientClipping(maximumNorm: $0) },
            augmentation: augment == .cropFlip ? .cifar : .none, seed: seed, trainingSubsetSize: subset)
    }

    private func emit(_ report: TrainingReport, test: Evaluation?, failure: String?) throws {
        if json {
            var object: [String: Any] = [
                "status": failure == nil ? "completed" : "failed", "network": report.network,
                "trainingItems": report.trainingItems, "steps": report.steps, "seconds": report.seconds,
                "epochs": try JSONSerialization.jsonObject(with: JSONEncoder().encode(report.epochs)),
            ]
            if let failure { object["reason"] = failure }
            if let test { object["accuracy"] = test.accuracy; object["loss"] = test.loss; object["testItems"] = test.count }
            if let out, failure == nil { object["weights"] = out }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: data, as: UTF8.self))
        } else if let test {
            print("test accuracy \(String(format: "%.4f", test.accuracy)) loss \(String(format: "%.4f", test.loss)) on \(test.count) items after \(report.steps) steps, \(String(format: "%.1f", report.seconds)) s")
            if let out { print("weights written to \(out)") }
        }
    }
}

enum OptimizerChoice: String, ExpressibleByArgument, CaseIterable { case sgd, adamw }

enum AugmentChoice: String, ExpressibleByArgument, CaseIterable {
    case none
    case cropFlip = "crop-flip"
}
