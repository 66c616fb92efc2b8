import ArgumentParser
import Engine
import Foundation
import Randomness

/// `coforge evaluate`: accuracy and loss of saved weights on a dataset's test split.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate saved weights on a dataset's test split.",
        discussion: "Prints accuracy (a fraction) and mean cross-entropy; --json gives {\"accuracy\": …, \"loss\": …, \"count\": …}.")

    @Argument(help: "The network the weights belong to: zoo name, nb201:ARCH_STRING, or a JSON file.")
    var model: String

    @Option(help: "Weights written by `coforge train` (safetensors).")
    var weights: String

    @OptionGroup var data: DataOptions

    @Option(help: "Evaluation batch size.")
    var batchSize = 256

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        try data.validate()
    }

    func run() throws {
        data.applyThreads()
        let (_, testRaw) = try TrainingData.load(data.data)
        let network = try TrainingData.network(model, for: testRaw, resolution: data.resolution, classes: data.classes)
        var generator = SeededGenerator(seed: 0)
        var engine = Model(network: network, using: &generator)
        let metadata = try engine.loadWeights(from: URL(fileURLWithPath: weights))
        var test = testRaw
        if let normalization = try TrainingData.normalization(from: metadata, file: weights) {
            guard normalization.mean.count == testRaw.itemShape[0] else {
                throw CommandError("\(weights): input normalisation has \(normalization.mean.count) channels, \(testRaw.name) has \(testRaw.itemShape[0])")
            }
            test = testRaw.normalized(normalization)
        } else {
            Progress.line("note: \(weights) stores no input normalisation; evaluating on raw [0, 1] inputs")
        }
        let evaluation = try Trainer.evaluate(model: engine.fusedForInference(), dataset: test, batchSize: batchSize)
        if json {
            let object: [String: Any] = ["accuracy": evaluation.accuracy, "loss": evaluation.loss, "count": evaluation.count]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("accuracy \(String(format: "%.4f", evaluation.accuracy)) loss \(String(format: "%.4f", evaluation.loss)) on \(evaluation.count) test items")
        }
    }
}
