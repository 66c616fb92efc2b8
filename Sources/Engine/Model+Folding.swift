import NetworkIR

extension Model {
    /// An inference-only copy in which every batch norm that directly follows a convolution read
    /// by nothing else is folded into that convolution, and the batch norm becomes an identity.
    ///
    /// With running statistics μ, σ², scale γ and shift β, the folded convolution is
    /// `W'ₒ = Wₒ·γₒ/√(σ²ₒ + ε)` and `b'ₒ = (bₒ − μₒ)·γₒ/√(σ²ₒ + ε) + βₒ` (Jacob et al. 2018, §3.2),
    /// which is exactly the eval-mode network up to float rounding. Layer names are unchanged.
    ///
    /// - Complexity: O(parameters).
    public func foldingBatchNorm() -> Model {
        var layers = network.layers
        var parameters = self.parameters
        var buffers = self.buffers
        let consumers = network.consumerCounts(upTo: network.layers.count - 1)
        for i in layers.indices {
            guard case .batchNorm(let epsilon) = layers[i].operation,
                  let j = network.inputIndices[i].first, j >= 0, consumers[j] == 1, j != network.outputIndex,
                  case .conv2d(var conv) = layers[j].operation
            else { continue }
            let gamma = parameters[i][0].scalars, beta = parameters[i][1].scalars
            let mean = buffers[i][0].scalars, variance = buffers[i][1].scalars
            var weight = parameters[j][0]
            let outChannels = weight.shape[0]
            let perChannel = weight.count / outChannels
            var bias = conv.bias ? parameters[j][1].scalars : [Float](repeating: 0, count: outChannels)
            for o in 0..<outChannels {
                let scale = gamma[o] / (variance[o] + Float(epsilon)).squareRoot()
                for k in 0..<perChannel { weight.scalars[o * perChannel + k] *= scale }
                bias[o] = (bias[o] - mean[o]) * scale + beta[o]
            }
            conv.bias = true
            layers[j].operation = .conv2d(conv)
            parameters[j] = [weight, Tensor(shape: [outChannels], scalars: bias)]
            layers[i].operation = .identity
            parameters[i] = []
            buffers[i] = []
        }
        let folded = try! Network(
            name: network.name, inputShape: network.inputShape, layers: layers,
            output: network.layers[network.outputIndex].name)
        return Model(network: folded, parameters: parameters, buffers: buffers)
    }
}
