import Engine
import Foundation
import ModelZoo
import NetworkIR

/// Shared set-up of `train` and `evaluate`: the data source, the network sized to it, and the
/// input normalisation carried in the weight file's metadata.
enum TrainingData {
    static let meanKey = "inputMean"
    static let stdKey = "inputStd"

    /// Loads both splits, reporting each file on standard error.
    static func load(_ spec: String) throws -> (training: Dataset, test: Dataset) {
        try DataSource(parsing: spec).load { Progress.line($0) }
    }

    /// The network for `model`, with resolution and classes taken from the data unless given.
    ///
    /// Zoo models whose input is fixed keep it; the result must accept the dataset's items and
    /// produce at least as many classes as the dataset has.
    static func network(_ model: String, for data: Dataset, resolution: Int?, classes: Int?) throws -> Network {
        let isFile = model.hasSuffix(".json") || FileManager.default.fileExists(atPath: model)
        let square = data.itemShape[1] == data.itemShape[2] ? data.itemShape[1] : nil
        var network: Network
        if isFile || resolution != nil || classes != nil {
            network = try NetworkSource.load(model, resolution: resolution, classes: classes)
        } else {
            network = try (try? NetworkSource.load(model, resolution: square, classes: data.classCount))
                ?? (try? NetworkSource.load(model, resolution: nil, classes: data.classCount))
                ?? NetworkSource.load(model, resolution: nil, classes: nil)
        }
        let input = [network.inputShape.channels, network.inputShape.height, network.inputShape.width]
        guard input == data.itemShape else {
            throw CommandError("""
                \(model) takes \(input.map(String.init).joined(separator: "x")) inputs but \(data.name) items are \
                \(data.itemShape.map(String.init).joined(separator: "x")); choose a model for this input \
                (e.g. small-cnn or lenet5 for 1x28x28, resnet8 for 3x32x32)
                """)
        }
        let outputs = network.shapes[network.logitsIndex].elementCount
        guard outputs >= data.classCount else {
            throw CommandError("\(network.name) has \(outputs) outputs but \(data.name) has \(data.classCount) classes")
        }
        return network
    }

    static func metadata(_ normalization: ChannelNormalization) -> [String: String] {
        [meanKey: normalization.mean.map { "\($0)" }.joined(separator: ","),
         stdKey: normalization.std.map { "\($0)" }.joined(separator: ",")]
    }

    static func normalization(from metadata: [String: String], file: String) throws -> ChannelNormalization? {
        guard let mean = metadata[meanKey], let std = metadata[stdKey] else { return nil }
        let means = mean.split(separator: ",").compactMap { Float($0) }
        let stds = std.split(separator: ",").compactMap { Float($0) }
        guard !means.isEmpty, means.count == stds.count, stds.allSatisfy({ $0 > 0 }) else {
            throw CommandError("\(file): __metadata__.\(meanKey)/\(stdKey): expected equal-length comma-separated numbers with positive deviations")
        }
        return ChannelNormalization(mean: means, std: stds)
    }
}
