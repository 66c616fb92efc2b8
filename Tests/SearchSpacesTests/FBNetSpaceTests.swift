import NetworkIR
import Randomness
import SearchSpaces
import Testing

@Suite struct FBNetSpaceTests {
    let space = FBNetSpace()

    /// FBNet-A (Wu et al., CVPR 2019, Figure 4; `fbnet_a` of the FBNet reference model definitions,
    /// whose `ir_k5_s2` is k5_e1_g2) in HW-NAS-Bench labels.
    static let fbnetA = [
        "skip", "k3_e3", "k3_e1", "skip", "skip", "k5_e6", "k3_e3", "k5_e1", "k3_e3", "k5_e6", "k5_e3",
        "k5_e1_g2", "k5_e6", "k3_e6", "k5_e1_g2", "k5_e1", "k3_e1_g2", "k5_e6", "k5_e6", "k5_e3", "k5_e6", "k5_e6",
    ]
    static let blockLabels = ["k3_e1", "k3_e1_g2", "k3_e3", "k3_e6", "k5_e1", "k5_e1_g2", "k5_e3", "k5_e6", "skip"]

    /// MACs and parameters by hand from the layer shapes of HW-NAS-Bench's `FBNet_Infer`,
    /// written out here independently of the space: stem conv 3x3 (+BN), per layer either the
    /// three convolutions of `ConvBlock` (+3 BN) or `Skip`'s 1x1 conv (+BN) when it changes
    /// shape, head conv 1x1 (+BN), and the classifier with bias. BN has 2 parameters a channel.
    static func handCounts(
        _ labels: [String], side: Int = 32, stemStride: Int = 1, strides: [Int] = [1, 1, 2, 2, 1, 2, 1],
        head: Int = 1504, classes: Int = 100
    ) -> (macs: Int, params: Int) {
        let widths = [16, 24, 32, 64, 112, 184, 352], depths = [1, 4, 4, 4, 4, 4, 1]
        var h = side / stemStride, cin = 16, layer = 0
        var macs = h * h * 16 * 3 * 9, params = 16 * 3 * 9 + 2 * 16
        for (stage, cout) in widths.enumerated() {
            for i in 0..<depths[stage] {
                let s = i == 0 ? strides[stage] : 1, label = labels[layer]
                layer += 1
                let out = h / s
                if label == "skip" {
                    if s != 1 || cin != cout {
                        macs += out * out * cin * cout
                        params += cin * cout + 2 * cout
                    }
                } else {
                    let k = Int(String(label.dropFirst().prefix(1)))!
                    let e = Int(String(label.dropFirst(4).prefix(1)))!
                    let g = label.hasSuffix("_g2") ? 2 : 1
                    let hidden = cin * e
                    macs += h * h * hidden * cin / g + out * out * hidden * k * k + out * out * cout * hidden / g
                    params += hidden * cin / g + hidden * k * k + cout * hidden / g + 2 * (hidden + hidden + cout)
                }
                h = out
                cin = cout
            }
        }
        macs += h * h * cin * head + head * classes
        params += cin * head + 2 * head + head * classes + classes
        return (macs, params)
    }

    func network(_ labels: [String], _ s: FBNetSpace? = nil) throws -> Network {
        let s = s ?? space
        return try s.network(for: s.genome(labels: labels))
    }

    @Test func genesFollowHWNASBench() {
        #expect(space.name == "fbnet")
        #expect(space.genes.count == 22)
        #expect(space.genes.first?.name == "layer1" && space.genes.last?.name == "layer22")
        #expect(space.genes.allSatisfy { $0.choices == Self.blockLabels })
    }

    @Test func extremesMatchIndependentCounts() throws {
        let skip = try network(Array(repeating: "skip", count: 22))
        #expect(skip.macs == 11_608_960)
        #expect(skip.parameters == 780_660)
        let widest = try network(Array(repeating: "k5_e6", count: 22))
        #expect(widest.macs == 160_926_080)
        #expect(widest.parameters == 3_749_652)
        #expect(skip.outputShape == .vector(100))
    }

    @Test(arguments: [
        Array(repeating: "skip", count: 22), Array(repeating: "k5_e6", count: 22),
        Array(repeating: "k3_e1", count: 22), Array(repeating: "k3_e1_g2", count: 22),
        (0..<22).map { blockLabels[$0 % 9] }, fbnetA,
    ])
    func genomeCountsMatchHandFormula(labels: [String]) throws {
        let net = try network(labels)
        let expected = Self.handCounts(labels)
        #expect(net.macs == expected.macs)
        #expect(net.parameters == expected.params)
    }

    @Test func sampledGenomesMatchHandFormula() throws {
        var rng = SeededGenerator(seed: 21)
        for _ in 0..<50 {
            let genome = space.sample(using: &rng)
            let net = try space.network(for: genome)
            let expected = Self.handCounts(space.labels(of: genome))
            #expect(net.macs == expected.macs && net.parameters == expected.params)
        }
    }

    /// FBNet's ImageNet layout reproduces the published FBNet-A cost (249 M FLOPs, Wu et al.)
    /// to within 1 %; the remainder is the reference's different block implementation.
    @Test func imageNetLayoutReproducesFBNetA() throws {
        let imageNet = FBNetSpace(layout: .imageNet)
        let net = try network(Self.fbnetA, imageNet)
        let expected = Self.handCounts(Self.fbnetA, side: 224, stemStride: 2, strides: [1, 2, 2, 2, 1, 2, 1],
                                       head: 1984, classes: 1000)
        #expect(net.macs == expected.macs && net.parameters == expected.params)
        #expect(net.macs == 247_748_792)
        #expect(abs(Double(net.macs) / 249e6 - 1) < 0.01)
        #expect(net.outputShape == .vector(1000))
    }

    @Test func resolutionAndClassesAreConfigurable() throws {
        var layout = FBNetSpace.Layout.cifar100
        layout.inputSizePixels = 64
        layout.classes = 10
        let net = try network(Array(repeating: "k3_e3", count: 22), FBNetSpace(layout: layout))
        #expect(net.inputShape == TensorShape(channels: 3, height: 64, width: 64))
        #expect(net.outputShape == .vector(10))
        let head = try #require(net.layers.firstIndex { $0.name == "head.conv" })
        #expect(net.inputShapes(of: head) == [TensorShape(channels: 352, height: 8, width: 8)])
    }

    @Test func groupedBlockShufflesAndSkipProjectsWhenShapeChanges() throws {
        var labels = Array(repeating: "skip", count: 22)
        labels[2] = "k5_e1_g2"
        let net = try network(labels)
        let names = Set(net.layers.map(\.name))
        #expect(net.layers.first { $0.name == "layer3.shuffle" }?.operation == .channelShuffle(groups: 2))
        guard case .conv2d(let pw1) = net.layers.first(where: { $0.name == "layer3.pw1" })?.operation else {
            Issue.record("layer3.pw1 is not a convolution")
            return
        }
        #expect(pw1.groups == 2)
        #expect(names.contains("layer3.residual"))
        #expect(!names.contains { $0.hasPrefix("layer1.") })
        #expect(names.contains("layer2.conv"))
        #expect(!names.contains { $0.hasPrefix("layer4.") })
    }

    @Test func spatialSizesFollowCIFARStrides() throws {
        let net = try network(Array(repeating: "k3_e1", count: 22))
        let sides = [1, 2, 6, 10, 14, 18, 22].map { layer in
            net.shapes[net.layers.firstIndex { $0.name == "layer\(layer).pw2_bn" }!].height
        }
        #expect(sides == [32, 32, 16, 8, 8, 4, 4])
    }
}
