import NetworkIR
import Randomness
import SearchSpaces
import Testing

@Suite struct TinyCNNSpaceTests {
    static let presets: [TinyCNNSpace.Preset] = [.fashionMNIST, .keywordSpotting]

    /// The microcontroller range every sampled network must fall in: from 10⁴ MACs up to 10⁸,
    /// the order of the largest ImageNet networks MCUNet (Lin et al., NeurIPS 2020) runs on a
    /// Cortex-M7. The space's exact extremes are 40,848–80,395,136 MACs (`tinycnn-28`) and
    /// 57,096–51,520,768 MACs (`dscnn-49x10`).
    static let mcuMACs = 10_000...100_000_000

    func genome(_ space: TinyCNNSpace, _ labels: [String: String]) throws -> Genome {
        try space.genome(labels: space.genes.map { labels[$0.name] ?? $0.choices[0] })
    }

    /// `blocks` blocks that all take the same type, channels, kernel and pool.
    func uniform(
        _ space: TinyCNNSpace, stem: Int, blocks: Int, type: String, channels: Int, kernel: Int, pool: String
    ) throws -> Genome {
        var labels = ["stem.channels": String(stem), "blocks": String(blocks)]
        for i in 1...4 {
            labels["block\(i).type"] = type
            labels["block\(i).channels"] = String(channels)
            labels["block\(i).kernel"] = String(kernel)
            labels["block\(i).pool"] = pool
        }
        return try genome(space, labels)
    }

    @Test(arguments: presets)
    func thousandSamplesDecodeWithinMCUBudget(preset: TinyCNNSpace.Preset) throws {
        let space = TinyCNNSpace(preset)
        var rng = SeededGenerator(seed: 1_000)
        for _ in 0..<1_000 {
            let net = try space.network(for: space.sample(using: &rng))
            #expect(Self.mcuMACs.contains(net.macs))
            #expect(net.inputShape == preset.input)
            #expect(net.outputShape == .vector(preset.classes))
        }
    }

    @Test func presetsAreAsDocumented() {
        #expect(TinyCNNSpace(.fashionMNIST).name == "tinycnn-28")
        #expect(TinyCNNSpace(.keywordSpotting).name == "dscnn-49x10")
        #expect(TinyCNNSpace.Preset.fashionMNIST.input == TensorShape(channels: 1, height: 28, width: 28))
        #expect(TinyCNNSpace.Preset.keywordSpotting.input == TensorShape(channels: 1, height: 49, width: 10))
        #expect(TinyCNNSpace(.fashionMNIST).genes.count == 2 + 4 * 4)
    }

    /// Extremes by hand. Largest: 64-channel stem and four 5x5 64-channel convolutions on the
    /// whole stem map; smallest: 8-channel stem and one pooled 3x3 separable 8-channel block.
    @Test func extremesMatchHandCounts() throws {
        let f = TinyCNNSpace(.fashionMNIST), k = TinyCNNSpace(.keywordSpotting)
        let fMax = try f.network(
            for: uniform(f, stem: 64, blocks: 4, type: "conv", channels: 64, kernel: 5, pool: "none"))
        #expect(fMax.macs == 14 * 14 * 64 * 9 + 4 * 14 * 14 * 64 * 64 * 25 + 64 * 10)
        let fMin = try f.network(
            for: uniform(f, stem: 8, blocks: 1, type: "dsconv", channels: 8, kernel: 3, pool: "max2"))
        #expect(fMin.macs == 14 * 14 * 8 * 9 + 14 * 14 * 8 * 9 + 14 * 14 * 8 * 8 + 8 * 10)
        let kMax = try k.network(
            for: uniform(k, stem: 64, blocks: 4, type: "conv", channels: 64, kernel: 5, pool: "none"))
        #expect(kMax.macs == 25 * 5 * 64 * 40 + 4 * 25 * 5 * 64 * 64 * 25 + 64 * 12)
        #expect([fMax.macs, fMin.macs, kMax.macs] == [80_395_136, 40_848, 51_520_768])
    }

    /// DS-CNN (Zhang et al., "Hello Edge", 2017; the MLPerf Tiny keyword-spotting model's
    /// shape): 64-channel 10x4 stride-2 stem and four 3x3 separable 64-channel blocks.
    @Test func dsCNNGenomeMatchesHandCounts() throws {
        let space = TinyCNNSpace(.keywordSpotting)
        let net = try space.network(
            for: uniform(space, stem: 64, blocks: 4, type: "dsconv", channels: 64, kernel: 3, pool: "none"))
        let stemMACs = 25 * 5 * 64 * 10 * 4, blockMACs = 25 * 5 * 64 * 9 + 25 * 5 * 64 * 64
        #expect(net.macs == stemMACs + 4 * blockMACs + 64 * 12)
        #expect(net.parameters == 64 * 40 + 128 + 4 * (64 * 9 + 128 + 64 * 64 + 128) + 64 * 12 + 12)
        #expect(net.macs == 2_656_768)
        let stem = try #require(net.layers.firstIndex { $0.name == "stem.conv" })
        #expect(net.shapes[stem] == TensorShape(channels: 64, height: 25, width: 5))
    }

    @Test func poolingStopsBeforeTheMapVanishes() throws {
        let k = TinyCNNSpace(.keywordSpotting), f = TinyCNNSpace(.fashionMNIST)
        let kg = try uniform(k, stem: 16, blocks: 4, type: "conv", channels: 16, kernel: 3, pool: "max2")
        #expect(k.appliedPools(of: kg) == [true, true, false, false])
        let kNet = try k.network(for: kg)
        let kLast = try #require(kNet.layers.firstIndex { $0.name == "head.pool" })
        #expect(kNet.inputShapes(of: kLast) == [TensorShape(channels: 16, height: 6, width: 1)])
        let poolGenes = (1...4).map { i in k.genes.firstIndex { $0.name == "block\(i).pool" }! }
        #expect(poolGenes.map { k.isActive(gene: $0, in: kg) } == [true, true, false, false])

        let fg = try uniform(f, stem: 16, blocks: 4, type: "dsconv", channels: 16, kernel: 5, pool: "max2")
        #expect(f.appliedPools(of: fg) == [true, true, true, false])
        let fNet = try f.network(for: fg)
        let fLast = try #require(fNet.layers.firstIndex { $0.name == "head.pool" })
        #expect(fNet.inputShapes(of: fLast) == [TensorShape(channels: 16, height: 1, width: 1)])
    }

    @Test(arguments: presets)
    func blocksBeyondTheCountAreInactive(preset: TinyCNNSpace.Preset) throws {
        let space = TinyCNNSpace(preset)
        let base = try genome(space, ["blocks": "2"])
        let other = try genome(
            space, ["blocks": "2", "block3.type": "dsconv", "block4.channels": "64", "block3.pool": "max2"])
        #expect(space.canonicalKey(other) == space.canonicalKey(base))
        #expect(try space.network(for: other) == space.network(for: base))
        let inactive = space.genes.indices.filter { !space.isActive(gene: $0, in: base) }
        #expect(inactive.map { space.genes[$0].name }.allSatisfy { $0.hasPrefix("block3.") || $0.hasPrefix("block4.") })
        #expect(inactive.count == 8)
    }
}
