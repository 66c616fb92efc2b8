@testable import Engine
import ModelZoo
import NetworkIR

/// Small convolution-free networks that exercise every other layer kernel.
enum TestNetworks {
    /// Max pooling straight on the input (so a tie-free input keeps windows tie-free), BN on
    /// spatial and vector activations, channel shuffle, SE with both gates, average pooling
    /// without padding in the divisor, concat, identity, zero, add, flatten, linear, softmax.
    static func mixed(batchNorm: Bool = true) throws -> Network {
        var b = NetworkBuilder(name: "mixed", input: TensorShape(channels: 4, height: 6, width: 6))
        let pooled = b.maxPool(b.input, kernel: 3, stride: 2, padding: .explicit(Padding(symmetric: 1)))
        var x = batchNorm ? b.batchNorm(b.input) : b.identity(b.input)
        x = b.activation(x, .gelu)
        x = b.channelShuffle(x, groups: 2)
        x = b.squeezeExcite(x, squeezeChannels: 2)
        let averaged = b.avgPool(x, kernel: 3, stride: 2, padding: .explicit(Padding(symmetric: 1)),
                                 countIncludePad: false)
        var y = b.concat([pooled, averaged])
        let normalised = batchNorm ? b.batchNorm(b.identity(y)) : b.identity(y)
        y = b.add([normalised, y])
        y = b.channelShuffle(y, groups: 4)
        y = b.add([y, b.zero(y)])
        let global = b.globalAvgPool(y)
        let flat = b.linear(b.flatten(averaged), 8)
        var h = b.add([global, flat])
        if batchNorm { h = b.batchNorm(h) }
        h = b.activation(h, .tanh)
        h = b.squeezeExcite(h, squeezeChannels: 3, gate: .hardSigmoid)
        h = b.linear(h, 5)
        h = b.softmax(h)
        return try b.build()
    }

    /// Two NAS-Bench-201 cells with only parameter-free edges (average pooling, skip, none)
    /// between a BN stem and the reference head (BN, ReLU, global pooling, linear).
    static func nb201ConvolutionFree() throws -> Network {
        var b = NetworkBuilder(name: "nb201 without conv", input: TensorShape(channels: 3, height: 5, width: 5))
        var x = b.batchNorm(b.input, name: "stem.bn")
        b.scope = "cells.0"
        x = b.nb201Cell(x, NB201Cell([.avgPool3x3, .skipConnect, .avgPool3x3, .none, .avgPool3x3, .skipConnect]))
        b.scope = "cells.1"
        x = b.nb201Cell(x, NB201Cell([.skipConnect, .avgPool3x3, .none, .avgPool3x3, .skipConnect, .avgPool3x3]))
        b.scope = ""
        x = b.batchNorm(x, name: "lastact.bn")
        x = b.activation(x, .relu, name: "lastact.relu")
        x = b.globalAvgPool(x, name: "global_pooling")
        x = b.linear(x, 4, name: "classifier")
        return try b.build()
    }

    /// A multilayer perceptron with vector batch norm.
    static func perceptron() throws -> Network {
        var b = NetworkBuilder(name: "mlp", input: TensorShape(channels: 2, height: 3, width: 3))
        var x = b.flatten(b.input)
        x = b.linear(x, 10)
        x = b.batchNorm(x)
        x = b.activation(x, .hardSwish)
        x = b.linear(x, 6, bias: false)
        x = b.activation(x, .sigmoid)
        x = b.linear(x, 3)
        return try b.build()
    }
}
