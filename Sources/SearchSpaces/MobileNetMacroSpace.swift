import ModelZoo
import NetworkIR

/// A MobileNetV2-style macro space of the ProxylessNAS / Once-for-All / MCUNet lineage (Sandler
/// et al., CVPR 2018; Cai et al., ICLR 2019 and ICLR 2020; Lin et al., "MCUNet: Tiny Deep
/// Learning on IoT Devices", NeurIPS 2020).
///
/// The network is a 3x3 stride-2 convolution of 32 channels, an MBConv with expansion 1 and
/// kernel 3 to 16 channels, six stages of inverted residual blocks (`invertedResidual`) with
/// base widths 24, 40, 80, 96, 192, 320 and first-block strides 2, 2, 2, 1, 2, 1, a 1x1
/// convolution to 1280 channels, global average pooling and a linear classifier; ReLU6
/// throughout. Genes:
/// - `width`: multiplier of every width, rounded by `makeDivisible` as in MobileNetV2; the last
///   convolution keeps 1280 channels unless the multiplier exceeds 1 (MobileNetV2's rule).
/// - `resolution`: side of the square RGB input in pixels.
/// - `stage<s>.depth` for stages 1–5: 2, 3 or 4 blocks; stage 6 has one block.
/// - `stage<s>.block<b>.expand` (3, 4, 6) and `.kernel` (3, 5, 7), OFA's per-block choices;
///   the genes of blocks beyond their stage's depth are inactive.
///
/// The width and resolution lists follow MCUNet's TinyNAS, which scales both to fit a
/// microcontroller's memory (its §3.1 compares configurations such as w0.3-r160 and w0.5-r128).
public struct MobileNetMacroSpace: SearchSpace {
    public static let widthChoices: [Double] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0]
    public static let resolutionChoicesPixels = Array(stride(from: 48, through: 224, by: 16))
    public static let depthChoices = [2, 3, 4]
    public static let expansionChoices = [3, 4, 6]
    public static let kernelChoices = [3, 5, 7]
    public static let stageWidths = [24, 40, 80, 96, 192, 320]
    public static let stageStrides = [2, 2, 2, 1, 2, 1]

    public let classes: Int
    public let genes: [Gene]
    /// For each stage, for each possible block, the indices of its expansion and kernel genes.
    private let blockGenes: [[(expand: Int, kernel: Int)]]
    /// For each gene, its stage and block, or `nil` for width, resolution and depth genes.
    private let blockOfGene: [(stage: Int, block: Int)?]

    public var name: String { "mcunet" }

    /// The number of blocks a stage may have; the last stage has exactly one.
    static func maxDepth(ofStage s: Int) -> Int { s == stageWidths.count - 1 ? 1 : depthChoices.max()! }

    public init(classes: Int = 1000) {
        self.classes = classes
        var genes = [
            Gene(name: "width", choices: Self.widthChoices.map { String($0) }),
            Gene(name: "resolution", choices: Self.resolutionChoicesPixels.map(String.init)),
        ]
        for s in 0..<(Self.stageWidths.count - 1) {
            genes.append(Gene(name: "stage\(s + 1).depth", choices: Self.depthChoices.map(String.init)))
        }
        var blockOfGene = [(stage: Int, block: Int)?](repeating: nil, count: genes.count)
        var blockGenes: [[(expand: Int, kernel: Int)]] = []
        for s in Self.stageWidths.indices {
            blockGenes.append((0..<Self.maxDepth(ofStage: s)).map { b in
                let prefix = "stage\(s + 1).block\(b + 1)"
                genes.append(Gene(name: "\(prefix).expand", choices: Self.expansionChoices.map(String.init)))
                genes.append(Gene(name: "\(prefix).kernel", choices: Self.kernelChoices.map(String.init)))
                blockOfGene += [(s, b), (s, b)]
                return (genes.count - 2, genes.count - 1)
            })
        }
        self.genes = genes
        self.blockGenes = blockGenes
        self.blockOfGene = blockOfGene
    }

    public func widthMultiplier(of genome: Genome) -> Double { Self.widthChoices[genome.values[0]] }
    public func resolutionPixels(of genome: Genome) -> Int { Self.resolutionChoicesPixels[genome.values[1]] }

    /// The number of blocks of each of the six stages.
    public func depths(of genome: Genome) -> [Int] {
        Self.stageWidths.indices.map { s in
            s < Self.stageWidths.count - 1 ? Self.depthChoices[genome.values[2 + s]] : 1
        }
    }

    public func isActive(gene index: Int, in genome: Genome) -> Bool {
        guard let (stage, block) = blockOfGene[index] else { return true }
        return block < depths(of: genome)[stage]
    }

    public func network(for genome: Genome) throws -> Network {
        try validate(genome)
        let w = widthMultiplier(of: genome), side = resolutionPixels(of: genome)
        var b = NetworkBuilder(name: name, input: TensorShape(channels: 3, height: side, width: side))
        b.scope = "stem"
        var x = b.conv(b.input, makeDivisible(32 * w), kernel: 3, stride: 2, name: "conv")
        x = b.relu6(b.batchNorm(x, name: "bn"))
        b.scope = "first"
        x = b.invertedResidual(x, outChannels: makeDivisible(16 * w), expansion: 1, kernel: 3, stride: 1)
        for (s, depth) in depths(of: genome).enumerated() {
            for block in 0..<depth {
                b.scope = "stage\(s + 1).block\(block + 1)"
                let g = blockGenes[s][block]
                x = b.invertedResidual(
                    x, outChannels: makeDivisible(Double(Self.stageWidths[s]) * w),
                    expansion: Double(Self.expansionChoices[genome.values[g.expand]]),
                    kernel: Self.kernelChoices[genome.values[g.kernel]], stride: block == 0 ? Self.stageStrides[s] : 1)
            }
        }
        b.scope = "head"
        x = b.conv(x, makeDivisible(1280 * max(1, w)), kernel: 1, name: "conv")
        x = b.relu6(b.batchNorm(x, name: "bn"))
        x = b.globalAvgPool(x, name: "pool")
        x = b.linear(x, classes, name: "fc")
        return try b.build()
    }
}
