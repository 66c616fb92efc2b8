import Foundation
import Randomness
import SearchSpaces
import Testing

@Suite struct NB201SpaceTests {
    let space = NB201Space()

    @Test func genesFollowNB201Order() {
        #expect(space.name == "nb201")
        #expect(space.genes.map(\.name) == ["edge_1_0", "edge_2_0", "edge_2_1", "edge_3_0", "edge_3_1", "edge_3_2"])
        #expect(space.genes.allSatisfy {
            $0.choices == ["none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"]
        })
        #expect(space.cardinality == 15_625)
    }

    @Test func seededSamplingIsReproducible() {
        var a = SeededGenerator(seed: 2020), b = SeededGenerator(seed: 2020), c = SeededGenerator(seed: 2021)
        let first = (0..<50).map { _ in space.sample(using: &a) }
        #expect(first == (0..<50).map { _ in space.sample(using: &b) })
        #expect(first != (0..<50).map { _ in space.sample(using: &c) })
        #expect(Set(first).count > 40)
        #expect(first.allSatisfy { (try? space.validate($0)) != nil })
    }

    @Test func mutationChangesTheGenome() throws {
        var rng = SeededGenerator(seed: 1)
        for _ in 0..<200 {
            let parent = space.sample(using: &rng)
            let child = space.mutate(parent, rate: 1.0 / 6, using: &rng)
            #expect(child != parent)
            try space.validate(child)
        }
    }

    @Test func crossoverKeepsGenesFromTheParents() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<100 {
            let a = space.sample(using: &rng), b = space.sample(using: &rng)
            let (c, d) = space.crossover(a, b, using: &rng)
            for i in space.genes.indices {
                #expect([a.values[i], b.values[i]].contains(c.values[i]))
                #expect(d.values[i] == (c.values[i] == a.values[i] ? b.values[i] : a.values[i]))
            }
        }
    }

    @Test func oneHotHasThirtyEntries() throws {
        let genome = try space.genome(archString: "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|")
        let x = space.encode(genome, as: .oneHot)
        #expect(space.encodingLength(.oneHot) == 30)
        #expect(x.count == 30)
        #expect(x.indices.filter { x[$0] == 1 } == [3, 5, 11, 19, 22, 25])
        #expect(x.reduce(0, +) == 6)
    }

    @Test func archStringsRoundTrip() throws {
        let arch = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|"
        let genome = try space.genome(archString: arch)
        #expect(genome.values == [4, 2, 1, 2, 1, 1])
        #expect(try space.archString(of: genome) == arch)
        #expect(throws: (any Error).self) { try space.genome(archString: "|conv~0|") }
    }

    @Test func isomorphicCellsShareAKey() throws {
        let a = try space.genome(archString: "|skip_connect~0|+|none~0|none~1|+|nor_conv_1x1~0|nor_conv_3x3~1|none~2|")
        let b = try space.genome(archString: "|skip_connect~0|+|none~0|none~1|+|nor_conv_3x3~0|nor_conv_1x1~1|none~2|")
        let c = try space.genome(archString: "|skip_connect~0|+|none~0|none~1|+|nor_conv_3x3~0|nor_conv_3x3~1|none~2|")
        #expect(a != b)
        #expect(space.canonicalKey(a) == space.canonicalKey(b))
        #expect(space.canonicalKey(a) == "#+(0)@nor_conv_1x1+(0)@nor_conv_3x3")
        #expect(space.canonicalKey(a) != space.canonicalKey(c))
        #expect(space.canonicalKey(Genome([0, 0, 0, 0, 0, 9])).hasPrefix("invalid"))
    }

    @Test func invalidGenomeJSONNamesTheGene() throws {
        let json = #"{"space": "nb201", "genes": {"edge_1_0": "nor_conv_3x3", "edge_2_0": "none", "edge_2_1": "conv_5x5", "#
            + #""edge_3_0": "none", "edge_3_1": "none", "edge_3_2": "skip_connect"}}"#
        let document = try JSONDecoder().decode(GenomeDocument.self, from: Data(json.utf8))
        #expect {
            try space.genome(from: document)
        } throws: { error in
            guard let error = error as? GenomeError else { return false }
            return error.gene == "edge_2_1" && "\(error)".contains("edge_2_1") && "\(error)".contains("conv_5x5")
        }
        var missing = document
        missing.genes["edge_3_1"] = nil
        #expect(throws: GenomeError(space: "nb201", gene: "edge_3_1", reason: "missing")) { try space.genome(from: missing) }
        #expect(throws: GenomeError.self) { try space.network(for: Genome([0, 0, 5, 0, 0, 0])) }
    }

    @Test func documentsRoundTrip() throws {
        let genome = Genome([3, 0, 1, 2, 4, 1])
        #expect(try space.genome(from: space.document(for: genome)) == genome)
    }

    @Test func networksFollowTheConfiguredDataset() throws {
        let genome = try space.genome(archString: "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|")
        let cifar10 = try space.network(for: genome)
        #expect(cifar10.parameters == 73_306)
        #expect(cifar10.inputShape.height == 32 && cifar10.outputShape.channels == 10)
        let imagenet = try NB201Space(resolution: 16, classes: 120).network(for: genome)
        #expect(imagenet.inputShape.height == 16 && imagenet.outputShape.channels == 120)
    }
}
