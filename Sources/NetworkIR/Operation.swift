/// What a layer computes. Parameter-free operations infer everything from their inputs.
public enum Operation: Hashable, Sendable {
    case conv2d(Conv2D)
    case linear(Linear)
    /// Batch normalisation over channels with learned scale and shift.
    case batchNorm(epsilon: Double)
    case activation(Activation)
    case maxPool(Pool2D)
    case avgPool(Pool2D)
    case globalAvgPool
    /// Element-wise sum of two or more tensors of equal shape.
    case add
    /// Concatenation along channels of tensors with equal height and width.
    case concat
    /// `C × H × W` to a `CHW × 1 × 1` vector.
    case flatten
    /// Softmax over channels.
    case softmax
    /// ShuffleNet's channel shuffle: view channels as `groups × C/groups`, transpose, flatten.
    case channelShuffle(groups: Int)
    case squeezeExcite(SqueezeExcite)
    /// Passes its input through (NAS-Bench-201 `skip_connect`).
    case identity
    /// Outputs zeros of its input's shape (NAS-Bench-201 `none`).
    case zero

    /// The `type` string used in JSON and tables.
    public var typeName: String {
        switch self {
        case .conv2d: "conv2d"
        case .linear: "linear"
        case .batchNorm: "batchNorm"
        case .activation(let a): a.rawValue
        case .maxPool: "maxPool"
        case .avgPool: "avgPool"
        case .globalAvgPool: "globalAvgPool"
        case .add: "add"
        case .concat: "concat"
        case .flatten: "flatten"
        case .softmax: "softmax"
        case .channelShuffle: "channelShuffle"
        case .squeezeExcite: "squeezeExcite"
        case .identity: "identity"
        case .zero: "zero"
        }
    }

    /// How many inputs the operation takes: `nil` means two or more.
    public var arity: Int? {
        switch self {
        case .add, .concat: nil
        default: 1
        }
    }
}
