extension Operation {
    /// Exact counts for this operation on the given input shapes and output shape; see
    /// `LayerCounts` for the convention.
    public func counts(inputs: [TensorShape], output: TensorShape) -> LayerCounts {
        var inputElements = 0
        for x in inputs { inputElements += x.elementCount }
        var c = LayerCounts(inputElements: inputElements, outputElements: output.elementCount)
        let positions = output.height * output.width
        switch self {
        case .conv2d(let conv):
            let perOutput = (inputs[0].channels / conv.groups) * conv.kernel.area
            c.weightElements = conv.outChannels * perOutput
            c.macs = positions * conv.outChannels * perOutput
            if conv.bias {
                c.biasAdds = positions * conv.outChannels
            }
            c.parameters = c.weightElements + (conv.bias ? conv.outChannels : 0)
        case .linear(let linear):
            c.weightElements = inputs[0].channels * linear.outFeatures
            c.macs = c.weightElements
            c.biasAdds = linear.bias ? linear.outFeatures : 0
            c.parameters = c.weightElements + c.biasAdds
        case .batchNorm:
            c.parameters = 2 * output.channels
        case .squeezeExcite(let se):
            c.weightElements = 2 * output.channels * se.squeezeChannels
            c.macs = c.weightElements
            c.biasAdds = se.squeezeChannels + output.channels
            c.parameters = c.weightElements + c.biasAdds
        case .activation, .maxPool, .avgPool, .globalAvgPool, .add, .concat, .flatten, .softmax, .channelShuffle, .identity, .zero:
            break
        }
        return c
    }
}

extension Network {
    /// Counts of layer `i`.
    public func counts(ofLayer i: Int) -> LayerCounts {
        layers[i].operation.counts(inputs: inputShapes(of: i), output: shapes[i])
    }

    /// Counts of every layer, aligned with `layers`.
    /// - Complexity: O(number of layers + edges).
    public var layerCounts: [LayerCounts] { layers.indices.map(counts(ofLayer:)) }

    /// The sum over all layers.
    /// - Complexity: O(number of layers + edges).
    public var totalCounts: LayerCounts {
        var total = LayerCounts()
        for i in layers.indices { total = total + counts(ofLayer: i) }
        return total
    }

    public var macs: Int { totalCounts.macs }
    public var parameters: Int { totalCounts.parameters }
}
