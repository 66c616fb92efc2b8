import Randomness
import SearchSpaces
import Testing

/// The text form of genomes that tables of measured networks use.
@Suite struct GenomeStringTests {
    @Test(arguments: SearchSpaceCatalog.spaces.map(\.name))
    func everySpaceRoundTripsItsText(_ name: String) throws {
        let space = try #require(SearchSpaceCatalog.space(named: name))
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<20 {
            let genome = space.sample(using: &rng)
            #expect(try space.genome(string: space.string(of: genome)) == genome)
        }
    }

    @Test func nb201UsesArchitectureStrings() throws {
        let space = NB201Space()
        let text = "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|"
        let genome = try space.genome(string: text)
        #expect(genome.values == [3, 0, 1, 4, 2, 0])
        #expect(space.string(of: genome) == text)
        #expect(throws: (any Error).self) { try space.genome(string: "|conv~0|") }
    }

    @Test func theDefaultFormNamesTheBadGene() throws {
        let space = try #require(SearchSpaceCatalog.space(named: "fbnet"))
        do {
            _ = try space.genome(string: "nonsense")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("expected \(space.genes.count)"))
        }
    }
}
