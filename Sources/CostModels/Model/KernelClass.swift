import NetworkIR

/// The kernel a layer runs as, for latency models: the keys of `cpu.kernelModels`. Convolutions
/// split by shape because depthwise and pointwise kernels have very different efficiency.
public enum KernelClass: String, CaseIterable, Codable, Hashable, Sendable {
    case conv, depthwiseConv, pointwiseConv, groupedConv
    case linear, batchNorm, activation
    case maxPool, avgPool, globalAvgPool
    case add, concat, softmax, channelShuffle, squeezeExcite
    /// Flatten and identity: data movement only.
    case reshape
    /// NAS-Bench-201 `none`: writes zeros.
    case zero

    public init(operation: Operation, inputs: [TensorShape]) {
        switch operation {
        case .conv2d(let conv):
            if conv.isDepthwise(inChannels: inputs[0].channels) {
                self = .depthwiseConv
            } else if conv.groups > 1 {
                self = .groupedConv
            } else {
                self = conv.isPointwise ? .pointwiseConv : .conv
            }
        case .linear: self = .linear
        case .batchNorm: self = .batchNorm
        case .activation: self = .activation
        case .maxPool: self = .maxPool
        case .avgPool: self = .avgPool
        case .globalAvgPool: self = .globalAvgPool
        case .add: self = .add
        case .concat: self = .concat
        case .softmax: self = .softmax
        case .channelShuffle: self = .channelShuffle
        case .squeezeExcite: self = .squeezeExcite
        case .flatten, .identity: self = .reshape
        case .zero: self = .zero
        }
    }
}
