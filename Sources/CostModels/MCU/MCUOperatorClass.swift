import NetworkIR

/// How a microcontroller runtime prices a layer: by MACs for the compute-bound kernels, by bytes
/// for the memory-bound ones; views cost nothing.
public enum MCUOperatorClass: String, Hashable, Sendable, Codable, CaseIterable {
    /// A k×k (k > 1) or strided or grouped, non-depthwise convolution.
    case conv
    case depthwise
    /// A 1x1, stride-1, ungrouped convolution.
    case pointwise
    /// Fully connected layers and squeeze-excite's two small products.
    case linear
    case add
    case pooling
    /// Element-wise activations, softmax and a batch norm no convolution absorbed.
    case activation
    /// Copies that requantise: concat, channel shuffle, zero fill.
    case requantization
    /// No kernel: identity (also every batch norm or activation folded into its producer) and
    /// flatten, which only reinterpret their input.
    case view

    public init(_ operation: Operation, inputs: [TensorShape]) {
        switch operation {
        case .conv2d(let conv):
            if conv.isDepthwise(inChannels: inputs[0].channels) {
                self = .depthwise
            } else {
                self = conv.kernel == 1 && conv.groups == 1 && conv.stride == 1 ? .pointwise : .conv
            }
        case .linear, .squeezeExcite: self = .linear
        case .add: self = .add
        case .maxPool, .avgPool, .globalAvgPool: self = .pooling
        case .activation, .softmax, .batchNorm: self = .activation
        case .concat, .channelShuffle, .zero: self = .requantization
        case .identity, .flatten: self = .view
        }
    }

    /// Whether the layer's cost is counted per MAC.
    public var isComputeBound: Bool { [.conv, .depthwise, .pointwise, .linear].contains(self) }
}
