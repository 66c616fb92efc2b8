import NetworkIR

/// The FBNet layer-wise space (Wu et al., "FBNet: Hardware-Aware Efficient ConvNet Design via
/// Differentiable Neural Architecture Search", CVPR 2019) as benchmarked by HW-NAS-Bench (Li et
/// al., "HW-NAS-Bench: Hardware-Aware Neural Architecture Search Benchmark", ICLR 2021): 22
/// searchable layers, each one of nine `Block`s, 9²² ≈ 10²¹ networks.
///
/// The default `Layout.cifar100` is HW-NAS-Bench's CIFAR-100 macro-architecture (32x32 input,
/// 100 classes); `Layout.imageNet` is FBNet's own. Genes are `layer1` … `layer22`, in network
/// order, with the block labels of HW-NAS-Bench's `op_idx_list` in the same index order.
public struct FBNetSpace: SearchSpace {
    public let layout: Layout
    public let genes: [Gene]

    public var name: String { "fbnet" }

    /// A space over `layout`; its resolution and class count may be changed, e.g.
    /// `var l = FBNetSpace.Layout.cifar100; l.classes = 10`.
    public init(layout: Layout = .cifar100) {
        self.layout = layout
        let labels = Block.allCases.map(\.rawValue)
        genes = (0..<layout.layerCount).map { Gene(name: "layer\($0 + 1)", choices: labels) }
    }

    /// The blocks a genome chooses, in network order.
    public func blocks(of genome: Genome) -> [Block] {
        genome.values.map { Block.allCases[$0] }
    }

    public func network(for genome: Genome) throws -> Network {
        try validate(genome)
        let side = layout.inputSizePixels
        var b = NetworkBuilder(name: name, input: TensorShape(channels: 3, height: side, width: side))
        b.scope = "stem"
        var x = b.conv(b.input, layout.stemChannels, kernel: 3, stride: Size2(square: layout.stemStride), name: "conv")
        x = b.relu(b.batchNorm(x, name: "bn"))
        let chosen = blocks(of: genome)
        var layer = 0
        for stage in layout.stages {
            for i in 0..<stage.depth {
                b.scope = "layer\(layer + 1)"
                x = b.fbnetLayer(x, chosen[layer], outChannels: stage.channels, stride: i == 0 ? stage.stride : 1)
                layer += 1
            }
        }
        b.scope = "head"
        x = b.relu(b.batchNorm(b.conv(x, layout.headChannels, kernel: 1, name: "conv"), name: "bn"))
        x = b.globalAvgPool(x, name: "pool")
        x = b.linear(x, layout.classes, name: "fc")
        return try b.build()
    }
}
