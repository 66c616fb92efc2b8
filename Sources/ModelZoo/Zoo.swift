import NetworkIR

/// The zoo's networks by name, for the command line and for configuration files.
public enum Zoo {
    public static let names: [String] = [
        "mobilenetv2", "mobilenetv1", "resnet18", "resnet8", "dscnn-kws", "mobilenetv1-vww", "fc-autoencoder",
        "lenet5", "mcunet-style", "small-cnn", "mcunet-in2", "mcunet-vww0", "mobilenetv2-w0.35",
    ]

    /// Builds the network called `name`, at its default input resolution and class count unless
    /// `resolution` (the side of a square input, in pixels) or `classes` is given.
    ///
    /// Models with a fixed input (or a fixed output, for the autoencoder) throw
    /// `ZooError.fixedArgument` when given a different value (repeating a fixed square resolution
    /// or class count is accepted; the autoencoder and DS-CNN take neither argument).
    public static func network(named name: String, resolution: Int?, classes: Int?) throws -> Network {
        if let resolution, resolution <= 0 { throw ZooError.nonPositive(argument: "resolution", value: resolution) }
        if let classes, classes <= 0 { throw ZooError.nonPositive(argument: "classes", value: classes) }
        switch name {
        case "mobilenetv2":
            return try mobileNetV2(resolution: resolution ?? 224, classes: classes ?? 1000)
        case "mobilenetv1":
            return try mobileNetV1(resolution: resolution ?? 224, classes: classes ?? 1000)
        case "resnet18":
            return try resNet18(resolution: resolution ?? 224, classes: classes ?? 1000)
        case "resnet8":
            try requireFixed(name, "resolution", resolution, fixed: 32, because: "its input is 3x32x32 (CIFAR-10)")
            return try resNet8(classes: classes ?? 10)
        case "dscnn-kws":
            if resolution != nil {
                throw ZooError.fixedArgument(
                    model: name, argument: "resolution", reason: "its input is fixed at 1x49x10 (49 frames × 10 MFCCs)")
            }
            return try dsCNNKWS(classes: classes ?? 12)
        case "mobilenetv1-vww":
            try requireFixed(name, "resolution", resolution, fixed: 96, because: "its input is 3x96x96")
            try requireFixed(name, "classes", classes, fixed: 2, because: "it classifies person / no person")
            return try mobileNetV1VWW()
        case "fc-autoencoder":
            if resolution != nil {
                throw ZooError.fixedArgument(model: name, argument: "resolution", reason: "its input is a 640-vector")
            }
            if classes != nil {
                throw ZooError.fixedArgument(
                    model: name, argument: "classes", reason: "it reconstructs its 640-vector input rather than classifying")
            }
            return try fcAutoencoder()
        case "lenet5":
            try requireFixed(name, "resolution", resolution, fixed: 28, because: "its input is 1x28x28 (MNIST)")
            return try leNet5(classes: classes ?? 10)
        case "small-cnn":
            return try smallCNN(resolution: resolution ?? 28, classes: classes ?? 10)
        case "mcunet-in2":
            return try mcunetIn2(resolution: resolution ?? 160, classes: classes ?? 1000)
        case "mcunet-vww0":
            return try mcunetVWW0(resolution: resolution ?? 64, classes: classes ?? 2)
        case "mobilenetv2-w0.35":
            // MCUNet's baseline mbv2-w0.35 (mbv2-w0.35-r144_imagenet): width 0.35 at 144x144, the last
            // conv scaled with the width as in MCUNet's code base.
            return try mobileNetV2(
                name: name, width: 0.35, resolution: resolution ?? 144, classes: classes ?? 1000, scalesLastChannel: true)
        case "mcunet-style":
            return try mcunetStyle(resolution: resolution ?? 128, classes: classes ?? 1000)
        default:
            throw ZooError.unknownName(name, known: names)
        }
    }

    private static func requireFixed(
        _ model: String, _ argument: String, _ value: Int?, fixed: Int, because reason: String
    ) throws(ZooError) {
        if let value, value != fixed {
            throw .fixedArgument(model: model, argument: argument, reason: "\(reason); got \(value)")
        }
    }
}

/// Why `Zoo.network(named:resolution:classes:)` cannot build the requested network.
public enum ZooError: Error, Hashable, Sendable {
    case unknownName(String, known: [String])
    /// The model does not take this argument (or takes only one value for it).
    case fixedArgument(model: String, argument: String, reason: String)
    case nonPositive(argument: String, value: Int)
}

extension ZooError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknownName(let name, let known):
            "unknown network \"\(name)\"; the zoo has: \(known.joined(separator: ", "))"
        case .fixedArgument(let model, let argument, let reason):
            "\(model) does not take a \(argument == "classes" ? "class count" : argument): \(reason)"
        case .nonPositive(let argument, let value):
            "\(argument) must be positive, got \(value)"
        }
    }
}
