import NetworkIR

/// What a dataflow accelerator runs for one network layer (`steps(forLayer:of:averagePooling:)`).
///
/// - A convolution (padding applied: the IFMAP is the padded one) is a `DataflowLayer`; grouped
///   and depthwise convolutions keep their groups; a dilated one is priced as its undilated
///   kernel over the rows it visits (same MACs and output size). A linear layer is a 1×1
///   convolution over a 1×1 IFMAP with the flattened input as channels.
/// - Average pooling follows `DataflowSection.AveragePooling`; max and global average pooling,
///   batch norm not folded into a convolution, activations other than relu and relu6, add,
///   concat, softmax and channel shuffle are buffer passes (inputs read, output written, no MACs).
///   Squeeze-excite is a pass plus its two 1×1 convolutions.
/// - Free: identity and flatten (aliases), zero (never materialised), relu and relu6 (clamped in
///   the data path between the array and the buffer, as Eyeriss's ReLU unit does: Chen et al.,
///   JSSC 2017, Fig. 2), and an add with fewer than two inputs that are not zero (an alias).
/// - An add that reads a convolution's output which nothing else reads (through identities, such
///   as a folded batch norm) runs inside that convolution: its other operands are read in as the
///   initial psums (a pass reading them, writing nothing); otherwise it is a full pass.
///   Batch norms and activations the `InferencePlan` folds into a convolution are identities.
public enum DataflowStep: Hashable, Sendable {
    case convolution(DataflowLayer)
    case bufferPass(readWords: Int, writeWords: Int)

    /// - Complexity: O(inputs of the layer).
    public static func steps(forLayer i: Int, of network: Network,
                             averagePooling: DataflowSection.AveragePooling) -> [DataflowStep] {
        let layer = network.layers[i], inputs = network.inputShapes(of: i), output = network.shapes[i]
        let input = inputs[0]
        let pass = DataflowStep.bufferPass(readWords: inputs.reduce(0) { $0 + $1.elementCount }, writeWords: output.elementCount)
        switch layer.operation {
        case .conv2d(let conv):
            let dilated = conv.dilation != 1
            let height = dilated ? (output.height - 1) * conv.stride.height + conv.kernel.height
                : input.height + conv.padding.top + conv.padding.bottom
            let width = dilated ? (output.width - 1) * conv.stride.width + conv.kernel.width
                : input.width + conv.padding.left + conv.padding.right
            return [.convolution(DataflowLayer(
                name: layer.name, inputHeight: height, inputWidth: width, filterHeight: conv.kernel.height,
                filterWidth: conv.kernel.width, channels: input.channels, filterCount: conv.outChannels,
                strideHeight: conv.stride.height, strideWidth: conv.stride.width, groups: conv.groups))]
        case .linear(let linear):
            return [.convolution(pointwise(layer.name, channels: input.elementCount, filters: linear.outFeatures))]
        case .avgPool(let pool) where averagePooling != .bufferPass:
            return [.convolution(DataflowLayer(
                name: layer.name, inputHeight: input.height + pool.padding.top + pool.padding.bottom,
                inputWidth: input.width + pool.padding.left + pool.padding.right, filterHeight: pool.kernel.height,
                filterWidth: pool.kernel.width, channels: input.channels, filterCount: input.channels,
                strideHeight: pool.stride.height, strideWidth: pool.stride.width,
                groups: averagePooling == .depthwiseConvolution ? input.channels : 1))]
        case .squeezeExcite(let se):
            return [pass, .convolution(pointwise(layer.name + ".reduce", channels: input.channels, filters: se.squeezeChannels)),
                    .convolution(pointwise(layer.name + ".expand", channels: se.squeezeChannels, filters: input.channels))]
        case .add:
            let live = network.inputIndices[i].filter { j in
                if j >= 0, case .zero = network.layers[j].operation { return false }
                return true
            }
            guard live.count >= 2 else { return [] }
            if live.contains(where: { accumulatesInPlace(network, $0, averagePooling: averagePooling) }) {
                return [.bufferPass(readWords: (live.count - 1) * output.elementCount, writeWords: 0)]
            }
            return [.bufferPass(readWords: live.count * output.elementCount, writeWords: output.elementCount)]
        case .activation(let activation) where activation == .relu || activation == .relu6:
            return []
        case .identity, .flatten, .zero:
            return []
        case .avgPool, .maxPool, .globalAvgPool, .batchNorm, .activation, .concat, .softmax, .channelShuffle:
            return [pass]
        }
    }

    /// Whether layer `j` (through identities nothing else reads) is a convolution whose output
    /// only the add reads: the add then runs inside it, the other operands loaded as its initial
    /// psums.
    static func accumulatesInPlace(_ network: Network, _ j: Int, averagePooling: DataflowSection.AveragePooling) -> Bool {
        let consumers = network.consumerCounts
        var k = j
        while k >= 0, consumers[k] == 1 {
            switch network.layers[k].operation {
            case .identity: k = network.inputIndices[k][0]
            case .conv2d, .linear: return true
            case .avgPool: return averagePooling != .bufferPass
            default: return false
            }
        }
        return false
    }

    private static func pointwise(_ name: String, channels: Int, filters: Int) -> DataflowLayer {
        DataflowLayer(name: name, inputHeight: 1, inputWidth: 1, filterHeight: 1, filterWidth: 1, channels: channels,
                      filterCount: filters, strideHeight: 1, strideWidth: 1)
    }
}
