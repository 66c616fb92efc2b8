import NetworkIR

/// A compact CNN / DS-CNN space for microcontroller tasks, after the DS-CNN of "Hello Edge:
/// Keyword Spotting on Microcontrollers" (Zhang et al., 2017) and the plain and separable
/// convolution stacks searched by μNAS (Liberis et al., "μNAS: Constrained Neural Architecture
/// Search for Microcontrollers", 2021).
///
/// A network is a stem convolution (the preset's kernel and stride; BN, ReLU), one to four
/// blocks, global average pooling and a linear classifier. Genes:
/// - `stem.channels` and `blocks` (1–4);
/// - per block `block<i>.type`: `conv` (k×k convolution, BN, ReLU) or `dsconv` (k×k depthwise,
///   BN, ReLU, 1x1 convolution, BN, ReLU, as in MobileNet and DS-CNN); `.channels`;
///   `.kernel` (3 or 5, `half` padding); `.pool`: `none` or `max2` (2x2 max pooling, stride 2).
///
/// Legality rule: a `max2` is applied only when the map entering it is at least 2x2; otherwise
/// the block's `pool` gene is inactive. So every genome decodes, pooling never shrinks a side
/// below 1, and genomes that differ only in unusable pools share a canonical key. Genes of
/// blocks beyond `blocks` are inactive.
///
/// Every network costs between 40,848 and 80,395,136 MACs for `tinycnn-28` and between 57,096
/// and 51,520,768 for `dscnn-49x10`, microcontroller-sized workloads.
public struct TinyCNNSpace: SearchSpace {
    public static let channelChoices = [8, 16, 24, 32, 48, 64]
    public static let maxBlocks = 4
    static let genesPerBlock = 4
    static let firstBlockGene = 2

    public let preset: Preset
    public let genes: [Gene]

    public var name: String { preset.name }

    public init(_ preset: Preset) {
        self.preset = preset
        let widths = Self.channelChoices.map(String.init)
        var genes = [
            Gene(name: "stem.channels", choices: widths),
            Gene(name: "blocks", choices: (1...Self.maxBlocks).map(String.init)),
        ]
        for i in 1...Self.maxBlocks {
            genes += [
                Gene(name: "block\(i).type", choices: ["conv", "dsconv"]),
                Gene(name: "block\(i).channels", choices: widths),
                Gene(name: "block\(i).kernel", choices: ["3", "5"]),
                Gene(name: "block\(i).pool", choices: ["none", "max2"]),
            ]
        }
        self.genes = genes
    }

    public func blockCount(of genome: Genome) -> Int { genome.values[1] + 1 }

    /// Whether each active block is followed by a max pool, after the legality rule.
    public func appliedPools(of genome: Genome) -> [Bool] { poolSteps(of: genome).map { $0 == true } }

    public func isActive(gene index: Int, in genome: Genome) -> Bool {
        guard index >= Self.firstBlockGene else { return true }
        let block = (index - Self.firstBlockGene) / Self.genesPerBlock
        guard block < blockCount(of: genome) else { return false }
        return index != gene(block, 3) || poolSteps(of: genome)[block] != nil
    }

    public func network(for genome: Genome) throws -> Network {
        try validate(genome)
        let v = genome.values, pools = appliedPools(of: genome)
        var b = NetworkBuilder(name: name, input: preset.input)
        b.scope = "stem"
        var x = b.conv(b.input, Self.channelChoices[v[0]], kernel: preset.stemKernel, stride: preset.stemStride,
                       padding: .same, name: "conv")
        x = b.relu(b.batchNorm(x, name: "bn"))
        for i in pools.indices {
            b.scope = "block\(i + 1)"
            let channels = Self.channelChoices[v[gene(i, 1)]], kernel = Size2(square: v[gene(i, 2)] == 0 ? 3 : 5)
            if v[gene(i, 0)] == 0 {
                x = b.relu(b.batchNorm(b.conv(x, channels, kernel: kernel, name: "conv"), name: "bn"))
            } else {
                x = b.relu(b.batchNorm(b.depthwise(x, kernel: kernel, name: "dw"), name: "dw_bn"))
                x = b.relu(b.batchNorm(b.conv(x, channels, kernel: 1, name: "pw"), name: "pw_bn"))
            }
            if pools[i] { x = b.maxPool(x, kernel: 2, name: "pool") }
        }
        b.scope = "head"
        x = b.globalAvgPool(x, name: "pool")
        x = b.linear(x, preset.classes, name: "fc")
        return try b.build()
    }

    /// Index of field `field` (type, channels, kernel, pool) of block `block`.
    private func gene(_ block: Int, _ field: Int) -> Int { Self.firstBlockGene + block * Self.genesPerBlock + field }

    /// For each active block: `nil` when the map after it is smaller than 2x2 (no pool
    /// possible), else whether its pool gene asks for `max2`. Stem sides follow `SAME` padding.
    private func poolSteps(of genome: Genome) -> [Bool?] {
        var height = (preset.input.height + preset.stemStride.height - 1) / preset.stemStride.height
        var width = (preset.input.width + preset.stemStride.width - 1) / preset.stemStride.width
        return (0..<blockCount(of: genome)).map { i in
            guard height >= 2, width >= 2 else { return nil }
            guard genome.values[gene(i, 3)] == 1 else { return false }
            height /= 2
            width /= 2
            return true
        }
    }
}
