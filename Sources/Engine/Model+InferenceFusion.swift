import NetworkIR

extension Model {
    /// An inference-only copy with batch norm folded (`foldingBatchNorm()`) and every ReLU-family
    /// activation whose input is a convolution, linear layer or add read by nothing else (directly
    /// or through folded batch norms) applied inside that layer's kernel; the activation layer
    /// becomes an identity. Outputs equal the unfused model's up to float rounding; the copy
    /// cannot be trained.
    ///
    /// Execution only, invisible in the network: an add of two inputs whose later-computed one is a
    /// convolution (`Conv2DKernel`) read by nothing else, directly or through folded batch norms,
    /// runs inside that convolution, which reads the other operand as a second input
    /// (`kernelInputIndices(of:)`) and adds it, and then the add's fused activation, as it stores
    /// its output (ResNet's residual add and ReLU, MobileNetV2's residual add); the add's kernel
    /// then forwards the convolution's output.
    ///
    /// - Complexity: O(parameters + layers).
    public func fusedForInference() -> Model {
        let folded = foldingBatchNorm()
        let network = folded.network
        var layers = network.layers
        var kernels = folded.kernels
        let consumers = network.consumerCounts(upTo: network.layers.count - 1)
        let isSoleReader = { (j: Int) in j >= 0 && consumers[j] == 1 && j != network.outputIndex }
        /// The layer computing `j`'s output, through identities whose only reader is the next.
        let producer = { (j: Int) -> Int in
            var j = j
            while case .identity = layers[j].operation, let k = network.inputIndices[j].first, isSoleReader(k) { j = k }
            return j
        }
        var addendSources: [Int: Int] = [:]
        var addsInConvolutions: [Int: Int] = [:]
        for i in layers.indices {
            let sources = network.inputIndices[i]
            guard case .add = layers[i].operation, sources.count == 2, let later = sources.max(), isSoleReader(later),
                  sources[0] != sources[1] else { continue }
            let c = producer(later)
            let other = sources[0] == later ? sources[1] : sources[0]
            guard var conv = kernels[c] as? Conv2DKernel, other < c else { continue }
            conv.fusedAddend = true
            kernels[c] = conv
            addendSources[c] = other
            addsInConvolutions[i] = c
            kernels[i] = ForwardedInputKernel(position: sources.firstIndex(of: later)!)
        }
        for i in layers.indices {
            guard case .activation(let activation) = layers[i].operation, activation.isPiecewiseLinear,
                  let input = network.inputIndices[i].first, isSoleReader(input) else { continue }
            var j = producer(input)
            switch layers[j].operation {
            case .conv2d, .linear, .add: break
            default: continue
            }
            j = addsInConvolutions[j] ?? j
            if var conv = kernels[j] as? Conv2DKernel {
                conv.fusedActivation = activation
                kernels[j] = conv
            } else if var depthwise = kernels[j] as? DepthwiseConv2DKernel {
                depthwise.fusedActivation = activation
                kernels[j] = depthwise
            } else if var add = kernels[j] as? AddKernel {
                add.fusedActivation = activation
                kernels[j] = add
            } else {
                kernels[j] = FusedActivationKernel(base: kernels[j], activation: activation)
            }
            layers[i].operation = .identity
            kernels[i] = makeKernel(for: .identity, inputShapes: network.inputShapes(of: i), outputShape: network.shapes[i])
        }
        let fused = try! Network(
            name: network.name, inputShape: network.inputShape, layers: layers,
            output: network.layers[network.outputIndex].name)
        return Model(network: fused, kernels: kernels, parameters: folded.parameters, buffers: folded.buffers,
                     fusedAddendSources: addendSources)
    }
}
