import Foundation
import NetworkIR
import Randomness
import SearchSpaces
import Testing

@Suite struct MobileNetMacroSpaceTests {
    let space = MobileNetMacroSpace()

    /// The genome whose genes take `labels` by name, every other gene its first choice.
    func genome(_ labels: [String: String]) throws -> Genome {
        try space.genome(labels: space.genes.map { labels[$0.name] ?? $0.choices[0] })
    }

    /// MobileNetV2's depths (2, 3, 4, 3, 3, 1 after the first block) with its e6 k3 blocks at
    /// width 1.0 and 224x224.
    func mobileNetV2Like() throws -> Genome {
        var labels = ["width": "1.0", "resolution": "224"]
        for (s, depth) in [2, 3, 4, 3, 3].enumerated() { labels["stage\(s + 1).depth"] = String(depth) }
        for gene in space.genes where gene.name.hasSuffix(".expand") { labels[gene.name] = "6" }
        for gene in space.genes where gene.name.hasSuffix(".kernel") { labels[gene.name] = "3" }
        return try genome(labels)
    }

    func count(_ net: Network, where match: (Layer) -> Bool) -> Int { net.layers.filter(match).count }

    @Test func genesAreAsDocumented() {
        #expect(space.name == "mcunet")
        #expect(space.genes.count == 2 + 5 + 2 * (5 * 4 + 1))
        #expect(space.genes[0].choices == ["0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "1.0"])
        #expect(space.genes[1].choices.first == "48" && space.genes[1].choices.last == "224")
        #expect(space.genes[1].choices.count == 12)
        #expect(space.genes.map(\.name).contains("stage6.block1.kernel"))
        #expect(!space.genes.map(\.name).contains("stage6.block2.kernel"))
    }

    @Test func mobileNetV2LikeGenomeHasSeventeenBlocks() throws {
        let g = try mobileNetV2Like()
        #expect(space.depths(of: g) == [2, 3, 4, 3, 3, 1])
        let net = try space.network(for: g)
        #expect(count(net) { $0.name.hasSuffix(".depthwise") } == 17)
        #expect(count(net) { $0.name.hasSuffix(".residual") } == 10)
        let head = try #require(net.layers.firstIndex { $0.name == "head.conv" })
        #expect(net.inputShapes(of: head) == [TensorShape(channels: 320, height: 7, width: 7)])
        #expect(net.shapes[head].channels == 1280)
        #expect(net.outputShape == .vector(1000))
        #expect(net.macs == 359_517_824)
        #expect(net.parameters == 4_068_712)
    }

    @Test func widthScalesChannelsThroughMakeDivisible() throws {
        let net = try space.network(for: genome(["width": "0.5", "resolution": "128"]))
        #expect(net.inputShape == TensorShape(channels: 3, height: 128, width: 128))
        let stem = try #require(net.layers.firstIndex { $0.name == "stem.conv" })
        #expect(net.shapes[stem].channels == 16)
        let last = try #require(net.layers.firstIndex { $0.name == "stage6.block1.project" })
        #expect(net.shapes[last].channels == 160)
        #expect(net.shapes[try #require(net.layers.firstIndex { $0.name == "head.conv" })].channels == 1280)
    }

    @Test func inactiveGenesChangeNeitherKeyNorNetwork() throws {
        let base = try genome(["stage1.depth": "2", "stage3.depth": "3"])
        for name in ["stage1.block3.kernel", "stage1.block4.expand", "stage3.block4.kernel"] {
            let i = try #require(space.genes.firstIndex { $0.name == name })
            #expect(!space.isActive(gene: i, in: base))
            var other = base
            other.values[i] = space.genes[i].choices.count - 1
            #expect(other != base)
            #expect(space.canonicalKey(other) == space.canonicalKey(base))
            #expect(try space.network(for: other) == space.network(for: base))
        }
    }

    @Test func changingAnyActiveGeneChangesTheNetwork() throws {
        var rng = SeededGenerator(seed: 31)
        for _ in 0..<3 {
            let base = space.sample(using: &rng)
            let baseNet = try space.network(for: base)
            for i in space.genes.indices where space.isActive(gene: i, in: base) {
                for v in space.genes[i].choices.indices where v != base.values[i] {
                    var other = base
                    other.values[i] = v
                    #expect(try space.network(for: other) != baseNet, "gene \(space.genes[i].name)")
                }
            }
        }
    }

    @Test func mutationChangesTheNetwork() throws {
        var rng = SeededGenerator(seed: 32)
        for _ in 0..<100 {
            let g = space.sample(using: &rng)
            let child = space.mutate(g, rate: 0.02, using: &rng)
            #expect(try space.network(for: child) != space.network(for: g))
        }
    }
}

@Suite struct NumericGeneLabelTests {
    /// Genome JSON may write numeric choices as numbers: `1` and `1.0` both mean the choice "1.0".
    @Test func numbersMatchNumericChoices() throws {
        let space = MobileNetMacroSpace()
        var rng = SeededGenerator(seed: 5)
        var document = space.document(for: space.sample(using: &rng))
        document.genes["width"] = "1.0"
        let expected = try space.genome(from: document)
        for written in [#"1"#, #"1.0"#, #""1.0""#] {
            var json = String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
            json = json.replacingOccurrences(of: #""width":"1.0""#, with: #""width":"# + written)
            let decoded = try JSONDecoder().decode(GenomeDocument.self, from: Data(json.utf8))
            #expect(try space.genome(from: decoded) == expected)
        }
    }
}
