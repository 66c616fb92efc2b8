import Foundation
import Randomness
import SearchSpaces
import Testing

/// The shared `SearchSpace` contract, checked for every space of this package.
@Suite struct SearchSpaceContractTests {
    static let spaceNames = ["fbnet", "mcunet", "tinycnn-28", "dscnn-49x10"]

    func space(_ name: String) throws -> any SearchSpace {
        try #require(SearchSpaceCatalog.space(named: name))
    }

    func samples(_ space: any SearchSpace, count: Int, seed: UInt64) -> [Genome] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in space.sample(using: &rng) }
    }

    @Test func catalogListsTheSpaces() throws {
        #expect(Set(Self.spaceNames).isSubset(of: Set(SearchSpaceCatalog.names)))
        #expect(Set(SearchSpaceCatalog.names).count == SearchSpaceCatalog.names.count)
        #expect(SearchSpaceCatalog.space(named: "no-such-space") == nil)
        #expect(throws: GenomeError.self) {
            try SearchSpaceCatalog.space(for: GenomeDocument(space: "no-such-space", genes: [:]))
        }
    }

    @Test(arguments: spaceNames)
    func seededSamplingIsReproducible(name: String) throws {
        let s = try space(name)
        #expect(samples(s, count: 50, seed: 11) == samples(s, count: 50, seed: 11))
        #expect(samples(s, count: 50, seed: 11) != samples(s, count: 50, seed: 12))
    }

    @Test(arguments: spaceNames)
    func sampledGenomesValidateAndDecode(name: String) throws {
        let s = try space(name)
        for genome in samples(s, count: 200, seed: 1) {
            try s.validate(genome)
            let net = try s.network(for: genome)
            #expect(net.outputShape.isVector)
        }
    }

    @Test(arguments: spaceNames)
    func mutationChangesTheCanonicalKey(name: String) throws {
        let s = try space(name)
        var rng = SeededGenerator(seed: 5)
        for genome in samples(s, count: 200, seed: 2) {
            for rate in [0.0, 0.05, 0.5] {
                let child = s.mutate(genome, rate: rate, using: &rng)
                try s.validate(child)
                #expect(s.canonicalKey(child) != s.canonicalKey(genome))
            }
        }
    }

    @Test(arguments: spaceNames)
    func crossoverChildrenTakeEachGeneFromAParent(name: String) throws {
        let s = try space(name)
        let parents = samples(s, count: 100, seed: 3)
        var rng = SeededGenerator(seed: 4)
        for (a, b) in zip(parents, parents.dropFirst()) {
            let (c, d) = s.crossover(a, b, using: &rng)
            for i in s.genes.indices {
                #expect([a.values[i], b.values[i]].contains(c.values[i]))
                #expect([c.values[i], d.values[i]].sorted() == [a.values[i], b.values[i]].sorted())
            }
        }
    }

    @Test(arguments: spaceNames)
    func encodingsHaveFixedLength(name: String) throws {
        let s = try space(name)
        #expect(s.encodingLength(.oneHot) == s.genes.reduce(0) { $0 + $1.choices.count })
        #expect(s.encodingLength(.ordinal) == s.genes.count)
        for genome in samples(s, count: 100, seed: 6) {
            let active = s.genes.indices.filter { s.isActive(gene: $0, in: genome) }.count
            let oneHot = s.encode(genome, as: .oneHot)
            #expect(oneHot.count == s.encodingLength(.oneHot))
            #expect(oneHot.reduce(0, +) == Double(active))
            #expect(s.encode(genome, as: .ordinal).count == s.genes.count)
        }
    }

    @Test(arguments: spaceNames)
    func genomeDocumentRoundTripsThroughJSON(name: String) throws {
        let s = try space(name)
        for genome in samples(s, count: 20, seed: 7) {
            let data = try JSONEncoder().encode(s.document(for: genome))
            let document = try JSONDecoder().decode(GenomeDocument.self, from: data)
            #expect(document.space == name)
            #expect(try s.genome(from: document) == genome)
            #expect(try SearchSpaceCatalog.space(for: document).name == name)
        }
    }

    @Test(arguments: spaceNames)
    func badGenomeJSONNamesTheGene(name: String) throws {
        let s = try space(name)
        let genes = s.document(for: samples(s, count: 1, seed: 8)[0]).genes
        let target = s.genes[s.genes.count / 2].name

        var unknown = genes
        unknown["bogus.gene"] = "1"
        var badChoice = genes
        badChoice[target] = "not-a-choice"
        var missing = genes
        missing[target] = nil

        for (bad, gene) in [(unknown, "bogus.gene"), (badChoice, target), (missing, target)] {
            let json = try JSONSerialization.data(withJSONObject: ["space": name, "genes": bad])
            let document = try JSONDecoder().decode(GenomeDocument.self, from: json)
            let error = #expect(throws: GenomeError.self) { try s.genome(from: document) }
            #expect(error?.gene == gene)
            #expect(error?.space == name)
        }
    }
}
