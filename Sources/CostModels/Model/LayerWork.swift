import NetworkIR

/// The work of one layer as a roofline sees it: arithmetic and compulsory memory traffic.
///
/// FLOP convention: a MAC is 2 FLOPs, a bias add 1; element-wise work per output element is
/// batch norm 2 (scale, shift), activation 1, add (inputs − 1), max/avg pool the window area,
/// global average pool 1 per input element, softmax 3 (exponential, sum, divide),
/// squeeze-excite its MACs and bias adds plus its pooling (1 per input) and scaling (1 per
/// output); concat, channel shuffle, reshape and zero are data movement only (0 FLOPs).
/// An activation fused into a convolution or linear kernel (`InferencePlan`) adds 1 FLOP per
/// output element. Bytes moved: every input, the output and the parameters, each once (no
/// reuse misses).
public struct LayerWork: Hashable, Sendable {
    public var kernelClass: KernelClass
    public var flops: Int
    public var bytesMoved: Int

    public init(network: Network, layer i: Int, elementBits: Int, fusedActivation: Activation? = nil) {
        let inputs = network.inputShapes(of: i)
        let counts = network.counts(ofLayer: i)
        let operation = network.layers[i].operation
        kernelClass = KernelClass(operation: operation, inputs: inputs)
        let out = counts.outputElements
        let elementwise: Int = switch operation {
        case .batchNorm: 2 * out
        case .activation: out
        case .add: (inputs.count - 1) * out
        case .maxPool(let p), .avgPool(let p): p.kernel.area * out
        case .globalAvgPool: counts.inputElements
        case .softmax: 3 * out
        case .squeezeExcite: counts.inputElements + out
        case .conv2d, .linear, .concat, .flatten, .channelShuffle, .identity, .zero: 0
        }
        flops = 2 * counts.macs + counts.biasAdds + elementwise + (fusedActivation == nil ? 0 : out)
        bytesMoved = counts.inputBytes(bits: elementBits) + counts.outputBytes(bits: elementBits)
            + counts.parameterBytes(weightBits: elementBits)
    }
}
