import NetworkIR

/// The NAS-Bench-201 macro network around `cell` (Dong & Yang, ICLR 2020, Figure 1; xautodl
/// `TinyNetwork`): a 3x3 stem convolution to `channels` with batch norm; three stages of
/// `cellsPerStage` cells at `channels`, 2·`channels` and 4·`channels`, joined by stride-2
/// residual blocks; batch norm, ReLU, global average pooling and a linear classifier.
///
/// Every edge of every cell is built, including those with no path to the cell output and
/// `none` edges (as zero layers), because the reference network computes them too. With the
/// `LayerCounts` convention, `macs + biasAdds` and `parameters` reproduce the benchmark's
/// FLOPs and parameter counts exactly, e.g. 7,783,050 and 73,306 for the all-`none` cell.
/// Layer names follow the reference modules: `stem`, `cells.<i>`, `lastact`, `classifier`.
/// - Complexity: O(`cellsPerStage`) layers.
public func nb201Network(
    cell: NB201Cell, channels: Int = 16, cellsPerStage: Int = 5, resolution: Int = 32, classes: Int = 10
) throws(NetworkError) -> Network {
    var b = NetworkBuilder(
        name: "nb201 \(cell.archString)", input: TensorShape(channels: 3, height: resolution, width: resolution))
    var x = b.conv(b.input, channels, kernel: 3, name: "stem.conv")
    x = b.batchNorm(x, name: "stem.bn")
    var index = 0
    for stage in 0..<3 {
        if stage > 0 {
            b.scope = "cells.\(index)"
            x = b.nb201ResidualBlock(x, outChannels: channels << stage)
            index += 1
        }
        for _ in 0..<cellsPerStage {
            b.scope = "cells.\(index)"
            x = b.nb201Cell(x, cell)
            index += 1
        }
    }
    b.scope = ""
    x = b.batchNorm(x, name: "lastact.bn")
    x = b.activation(x, .relu, name: "lastact.relu")
    x = b.globalAvgPool(x, name: "global_pooling")
    x = b.linear(x, classes, name: "classifier")
    return try b.build()
}

extension NetworkBuilder {
    /// One NB201 cell at the channels and resolution of `x` (Dong & Yang, ICLR 2020, Section
    /// 2.1; xautodl `InferCell`): node j sums the edges `j ← i`, a single edge needing no add.
    /// Layers are named `edge<j>_<i>.*` and `node<j>`.
    public mutating func nb201Cell(_ x: Tensor, _ cell: NB201Cell) -> Tensor {
        var nodes = [x]
        for node in 1..<NB201Cell.nodeCount {
            var incoming: [Tensor] = []
            for from in 0..<node {
                incoming.append(nb201Edge(nodes[from], cell[to: node, from: from], name: "edge\(node)_\(from)"))
            }
            nodes.append(incoming.count == 1 ? incoming[0] : add(incoming, name: "node\(node)"))
        }
        return nodes[NB201Cell.nodeCount - 1]
    }

    /// One edge operation, shape-preserving (xautodl `OPS` with stride 1 and affine batch norm).
    public mutating func nb201Edge(_ x: Tensor, _ operation: NB201Operation, name: String) -> Tensor {
        switch operation {
        case .none:
            return zero(x, name: name + ".none")
        case .skipConnect:
            return identity(x, name: name + ".skip")
        case .norConv1x1, .norConv3x3:
            return nb201ReLUConvBN(x, x.shape.channels, kernel: operation == .norConv1x1 ? 1 : 3, stride: 1, name: name)
        case .avgPool3x3:
            return avgPool(x, kernel: 3, stride: 1, padding: .explicit(Padding(symmetric: 1)),
                           countIncludePad: false, name: name + ".pool")
        }
    }

    /// The residual reduction block between NB201 stages (xautodl `ResNetBasicblock`, stride
    /// 2): ReLU-conv3x3/2-BN then ReLU-conv3x3-BN, added to a shortcut of 2x2 average pooling
    /// and a 1x1 convolution without batch norm.
    public mutating func nb201ResidualBlock(_ x: Tensor, outChannels: Int) -> Tensor {
        var y = nb201ReLUConvBN(x, outChannels, kernel: 3, stride: 2, name: "conv_a")
        y = nb201ReLUConvBN(y, outChannels, kernel: 3, stride: 1, name: "conv_b")
        var shortcut = avgPool(x, kernel: 2, stride: 2, name: "downsample.pool")
        shortcut = conv(shortcut, outChannels, kernel: 1, name: "downsample.conv")
        return add([shortcut, y], name: "add")
    }

    /// ReLU, k×k convolution with padding (k−1)/2 and no bias, batch norm (xautodl `ReLUConvBN`).
    mutating func nb201ReLUConvBN(_ x: Tensor, _ outChannels: Int, kernel: Int, stride: Int, name: String) -> Tensor {
        var y = activation(x, .relu, name: name + ".relu")
        y = conv(y, outChannels, kernel: Size2(square: kernel), stride: Size2(square: stride), name: name + ".conv")
        return batchNorm(y, name: name + ".bn")
    }
}
