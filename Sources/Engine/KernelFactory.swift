import NetworkIR

/// The kernel that executes `operation` for the given (batch-free) input and output shapes.
func makeKernel(for operation: Operation, inputShapes: [TensorShape], outputShape: TensorShape) -> any LayerKernel {
    let x = inputShapes[0]
    switch operation {
    case .conv2d(let conv):
        if conv.isDepthwise(inChannels: x.channels) {
            return DepthwiseConv2DKernel(conv: conv, input: x, output: outputShape)
        }
        return Conv2DKernel(conv: conv, input: x, output: outputShape)
    case .linear(let linear):
        return LinearKernel(inFeatures: x.channels, outFeatures: linear.outFeatures, hasBias: linear.bias)
    case .batchNorm(let epsilon):
        return BatchNormKernel(channels: x.channels, epsilon: Float(epsilon))
    case .activation(let activation):
        return ActivationKernel(activation: activation)
    case .maxPool(let pool):
        return MaxPoolKernel(pool: pool, input: x, output: outputShape)
    case .avgPool(let pool):
        return AvgPoolKernel(pool: pool, input: x, output: outputShape)
    case .globalAvgPool:
        return GlobalAvgPoolKernel(input: x)
    case .add:
        return AddKernel()
    case .concat:
        return ConcatKernel(inputs: inputShapes)
    case .flatten:
        return ReshapeKernel(itemShape: [outputShape.channels, outputShape.height, outputShape.width])
    case .softmax:
        return SoftmaxKernel(input: x)
    case .channelShuffle(let groups):
        return ChannelShuffleKernel(groups: groups, input: x)
    case .squeezeExcite(let se):
        return SqueezeExciteKernel(squeezeExcite: se, input: x)
    case .identity:
        return ReshapeKernel(itemShape: [x.channels, x.height, x.width])
    case .zero:
        return ZeroKernel()
    }
}
