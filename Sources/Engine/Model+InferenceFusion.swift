import NetworkIR

extension Model {
    /// An inference-only copy with batch norm folded (`foldingBatchNorm()`) and every ReLU-family
    /// activation whose input is a convolution or linear layer read by nothing else (directly or
    /// through folded batch norms) applied inside that layer's kernel; the activation layer becomes
    /// an identity. Outputs equal the unfused
    /// model's up to float rounding; the copy cannot be trained.
    ///
    /// - Complexity: O(parameters + layers).
    public func fusedForInference() -> Model {
        let folded = foldingBatchNorm()
        let network = folded.network
        var layers = network.layers
        var kernels = folded.kernels
        let consumers = network.consumerCounts(upTo: network.layers.count - 1)
        for i in layers.indices {
            guard case .activation(let activation) = layers[i].operation, activation.isPiecewiseLinear,
                  var j = network.inputIndices[i].first, j >= 0, consumers[j] == 1, j != network.outputIndex
            else { continue }
            while case .identity = layers[j].operation, let k = network.inputIndices[j].first, k >= 0,
                  consumers[k] == 1, k != network.outputIndex {
                j = k
            }
            switch layers[j].operation {
            case .conv2d, .linear: break
            default: continue
            }
            if var conv = kernels[j] as? Conv2DKernel {
                conv.fusedActivation = activation
                kernels[j] = conv
            } else if var depthwise = kernels[j] as? DepthwiseConv2DKernel {
                depthwise.fusedActivation = activation
                kernels[j] = depthwise
            } else {
                kernels[j] = FusedActivationKernel(base: kernels[j], activation: activation)
            }
            layers[i].operation = .identity
            kernels[i] = makeKernel(for: .identity, inputShapes: network.inputShapes(of: i), outputShape: network.shapes[i])
        }
        let fused = try! Network(
            name: network.name, inputShape: network.inputShape, layers: layers,
            output: network.layers[network.outputIndex].name)
        return Model(network: fused, kernels: kernels, parameters: folded.parameters, buffers: folded.buffers)
    }
}
