import NetworkIR

/// The buffers one execution order of a network needs, after in-place sharing.
///
/// A tensor is live from the step of the layer that produces it (the network input from step 0)
/// to the last step that reads it; the network output to the last step. Tensors share one buffer
/// (its size is the largest, its lifetime the union) when
/// - the layer is a view (identity, flatten, and every batch norm or activation an inference
///   runtime folds into its producer, which `InferencePlan` has turned into identities): the output
///   is the input, always;
/// - the runtime runs the layer in place (`ArenaRules.inPlace`) and an input's buffer is read by
///   no later step, is not the network output, is at least as large as the output, and is the
///   network input only if that input lives in the arena: an element-wise activation (softmax and
///   an unfolded batch norm included) writes over its input, an add over its first such input, and
///   a depthwise convolution (channel multiplier 1) over its input, one channel at a time through
///   a scratch buffer of one zero-padded input channel (MCUNet, Lin et al., NeurIPS 2020, §3.2:
///   the output channel is written back once the channel has been copied out).
/// A k×k convolution that is not depthwise gets CMSIS-NN's im2col scratch, live at its step only:
/// `im2colColumnCount · (inC / groups) · kH · kW` int16 values (`arm_convolve_s8_get_buffer_size`).
/// Every buffer's size is rounded up to the arena alignment.
/// - Complexity: O(layers + edges).
public struct ArenaLayout: Hashable, Sendable {
    public let requests: [BufferRequest]
    /// For each tensor (`-1` the input, `i` layer `i`'s output), its buffer's index; nil for the
    /// input when it is not in the arena.
    public let bufferOfTensor: [Int: Int]
    /// Bytes of each tensor at the activation width.
    public let tensorBytes: [Int: Int]

    public init(network: Network, order: [Int], rules: ArenaRules) throws(NetworkError) {
        try network.validateOrder(order)
        let n = network.layers.count
        var stepOf = [Int](repeating: 0, count: n)
        for (step, i) in order.enumerated() { stepOf[i] = step }
        let lastStep = max(0, n - 1)
        var lastUse = [Int: Int]()
        for i in 0..<n { lastUse[i] = stepOf[i] }
        for (i, sources) in network.inputIndices.enumerated() {
            for s in sources { lastUse[s] = max(lastUse[s] ?? 0, stepOf[i]) }
        }
        lastUse[network.outputIndex] = lastStep
        func bytes(_ elements: Int) -> Int { (elements * rules.activationBits + 7) / 8 }
        var sizes = [Int: Int]()
        sizes[-1] = bytes(network.inputShape.elementCount)
        for i in 0..<n { sizes[i] = bytes(network.shapes[i].elementCount) }

        var groups = TensorGroups()
        if rules.inputInArena, lastUse[-1] != nil {
            groups.open(tensor: -1, name: Network.inputName, size: sizes[-1]!, first: 0, last: lastUse[-1]!)
        }
        var scratch: [BufferRequest] = []
        for i in order {
            let step = stepOf[i]
            let layer = network.layers[i]
            let inputs = network.inputIndices[i]
            let kind = MCUOperatorClass(layer.operation, inputs: network.inputShapes(of: i))
            let outputSize = sizes[i]!
            if kind == .view, let source = inputs.first, groups.contains(source) {
                groups.join(tensor: i, to: source, size: outputSize, last: lastUse[i]!)
                continue
            }
            let reusable = inputs.first { s in
                groups.contains(s) && groups.lastStep(of: s) == step && groups.size(of: s) >= outputSize
                    && !groups.holds(network.outputIndex, with: s)
            }
            if let source = reusable, let rule = Self.inPlaceRule(kind), rules.inPlace.contains(rule) {
                groups.join(tensor: i, to: source, size: outputSize, last: lastUse[i]!)
                if kind == .depthwise, case .conv2d(let conv) = layer.operation {
                    let shape = network.inputShapes(of: i)[0]
                    let plane = (shape.height + conv.padding.top + conv.padding.bottom) * (shape.width + conv.padding.left + conv.padding.right)
                    scratch.append(BufferRequest(name: layer.name + ".scratch", sizeBytes: rules.aligned(bytes(plane)), firstStep: step, lastStep: step))
                }
            } else {
                groups.open(tensor: i, name: layer.name, size: outputSize, first: step, last: lastUse[i]!)
            }
            if kind == .conv, let columns = rules.im2colColumnCount, case .conv2d(let conv) = layer.operation {
                let perColumn = network.inputShapes(of: i)[0].channels / conv.groups * conv.kernel.area
                scratch.append(BufferRequest(name: layer.name + ".scratch", sizeBytes: rules.aligned(columns * perColumn * 2), firstStep: step, lastStep: step))
            }
        }
        requests = groups.requests(aligned: rules.aligned) + scratch
        bufferOfTensor = groups.bufferOfTensor
        tensorBytes = sizes
    }

    static func inPlaceRule(_ kind: MCUOperatorClass) -> InPlaceOperation? {
        switch kind {
        case .activation: .activation
        case .add: .add
        case .depthwise: .depthwise
        default: nil
        }
    }

    /// The most bytes live at one step.
    public var peakLiveBytes: Int { requests.liveBytesLowerBound }
}
