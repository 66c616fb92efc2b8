import NetworkIR

/// The kernel family a layer runs on, the unit at which latency models and calibrations keep one
/// coefficient: nn-Meter's "kernel" (Zhang et al., MobiSys 2021), without fusion.
///
/// Convolutions split by kernel size and by depthwise/grouped/dense, because their efficiency
/// differs by an order of magnitude on every device; parameter-free layers keep their type name.
public struct OperatorKind: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    /// The kind of layer `i` of `network`.
    public init(layer i: Int, of network: Network) {
        switch network.layers[i].operation {
        case .conv2d(let conv):
            let inChannels = network.inputShapes(of: i)[0].channels
            let family = conv.groups == 1 ? "conv" : conv.groups == inChannels ? "depthwise" : "groupedConv"
            name = "\(family)\(conv.kernel.height)x\(conv.kernel.width)"
        case let operation:
            name = operation.typeName
        }
    }

    /// Whether the kind's work is measured in multiply-accumulates (else in elements moved).
    public var isComputeBound: Bool {
        name.hasPrefix("conv") || name.hasPrefix("depthwise") || name.hasPrefix("groupedConv")
            || name == "linear" || name == "squeezeExcite"
    }

    public var description: String { name }
    public static func < (a: Self, b: Self) -> Bool { a.name < b.name }
}
