import CoDesign
import CostModels
import Foundation
import NetworkIR
import Randomness
import SearchSpaces
import Testing

@Suite struct CoDesignSpaceTests {
    static func nb201Eyeriss() throws -> CoDesignSpace<NB201Space> {
        try CoDesignSpace(network: NB201Space(), hardware: Fixtures.standardSpace())
    }

    @Test func genesAreTheNetworksThenTheKnobs() throws {
        let space = try Self.nb201Eyeriss()
        #expect(space.name == "nb201+eyeriss-like")
        #expect(space.genes == NB201Space().genes + (try Fixtures.standardSpace()).genes)
        #expect(space.cardinality == 15_625 * 3456)
    }

    @Test func stringsAndDocumentsRoundTrip() throws {
        let space = try Self.nb201Eyeriss()
        var rng = SeededGenerator(seed: 6)
        for _ in 0..<200 {
            let genome = space.sample(using: &rng)
            let text = space.string(of: genome)
            #expect(try space.genome(string: text) == genome, "\(text)")
            #expect(try space.genome(from: space.document(for: genome)) == genome)
        }
        let text = "|nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|none~0|avg_pool_3x3~1|nor_conv_1x1~2|"
            + "@peRowCount=16,peColumnCount=8,globalBufferKiB=54,registerFileBytes=1040,dataflow=outputStationary,weightBits=8,activationBits=16"
        let genome = try space.genome(string: text)
        #expect(genome.values == [3, 3, 1, 0, 4, 2] + [2, 0, 0, 2, 1, 1, 1])
        #expect(space.string(of: genome) == text)
    }

    @Test func malformedTextsAreRefused() throws {
        let space = try Self.nb201Eyeriss()
        #expect(throws: GenomeError.self) { try space.genome(string: "|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|") }
        #expect(throws: (any Error).self) { try space.genome(string: "|bad~0|@peRowCount=8") }
        #expect(throws: GenomeError.self) {
            try space.genome(string: "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|@peRowCount=8")
        }
    }

    @Test func decodeGivesTheNetworkAndTheAppliedProfile() throws {
        let space = try Self.nb201Eyeriss()
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<20 {
            let genome = space.sample(using: &rng)
            let (network, hardware) = try space.decode(genome)
            #expect(network == (try NB201Space().network(for: space.networkGenome(of: genome))))
            let configuration = try space.configuration(for: genome)
            #expect(hardware == space.hardwareSpace.profile(for: configuration))
            #expect(hardware.asicDataflow?.peRowCount.value == configuration.peRowCount)
            #expect(hardware.asicDataflow?.dataflow == configuration.dataflow)
            #expect(space.genome(network: space.networkGenome(of: genome), hardware: space.hardwareGenome(of: genome)) == genome)
        }
        #expect(throws: GenomeError.self) { try space.decode(Genome([0, 0, 0])) }
    }

    /// Isomorphic cells on one design share a key; one knob apart, they do not.
    @Test func keysJoinTheNetworkKeyAndTheDesign() throws {
        let space = try Self.nb201Eyeriss()
        let nb201 = NB201Space()
        var byKey: [String: Genome] = [:]
        var rng = SeededGenerator(seed: 3)
        var pair: (Genome, Genome)?
        while pair == nil {
            let g = nb201.sample(using: &rng)
            if let other = byKey[nb201.canonicalKey(g)], other != g { pair = (other, g) }
            byKey[nb201.canonicalKey(g)] = g
        }
        let (a, b) = try #require(pair)
        let design = Genome([0, 1, 2, 0, 3, 1, 0]), other = Genome([1, 1, 2, 0, 3, 1, 0])
        #expect(space.canonicalKey(space.genome(network: a, hardware: design))
                == space.canonicalKey(space.genome(network: b, hardware: design)))
        #expect(space.canonicalKey(space.genome(network: a, hardware: design))
                != space.canonicalKey(space.genome(network: a, hardware: other)))
        #expect(space.canonicalKey(space.genome(network: a, hardware: design))
                == nb201.canonicalKey(a) + "@" + space.hardwareSpace.string(of: design))
    }

    @Test func activityFollowsTheNetworkSpace() throws {
        let mcunet = try #require(SearchSpaceCatalog.space(named: "mcunet"))
        let space = try CoDesignCatalog.space(named: "mcunet+eyeriss-like") { _ in try Fixtures.eyeriss() }
        var rng = SeededGenerator(seed: 5)
        var inactive = 0
        for _ in 0..<50 {
            let genome = space.sample(using: &rng)
            let network = space.networkGenome(of: genome)
            for i in mcunet.genes.indices {
                #expect(space.isActive(gene: i, in: genome) == mcunet.isActive(gene: i, in: network))
                if !mcunet.isActive(gene: i, in: network) { inactive += 1 }
            }
            #expect((mcunet.genes.count..<space.genes.count).allSatisfy { space.isActive(gene: $0, in: genome) })
        }
        #expect(inactive > 0)
    }

    @Test func catalogNamesAndErrors() throws {
        let load: (String) throws -> HardwareProfile = { id in
            guard id == "eyeriss-like" else { throw CoDesignError("no profile \(id)") }
            return try Fixtures.eyeriss()
        }
        let space = try CoDesignCatalog.space(named: "nb201+eyeriss-like", loadProfile: load)
        #expect(space.name == "nb201+eyeriss-like")
        #expect(space.hardwareSpace.cardinality == 3456)
        #expect(CoDesignCatalog.parts(of: "nb201") == nil)
        #expect(CoDesignCatalog.parts(of: "fbnet+HardwareProfiles/x.yaml")! == ("fbnet", "HardwareProfiles/x.yaml"))
        let cases = [("nb201+", "expected <network space>+<asic-dataflow profile>"),
                     ("nb999+eyeriss-like", "unknown network space \"nb999\""),
                     ("nb201+tpu", "no profile tpu")]
        for (name, message) in cases {
            let error = #expect(throws: (any Error).self) { try CoDesignCatalog.space(named: name, loadProfile: load) }
            #expect(error.map { "\($0)".contains(message) } == true, "\(name): \(error.map { "\($0)" } ?? "")")
        }
        let cpu = #expect(throws: HardwareSpaceError.self) {
            try CoDesignCatalog.space(named: "nb201+xeon") { _ in try Fixtures.cpuProfile() }
        }
        #expect(cpu?.description.contains("expected asic-dataflow") == true)
    }

    @Test func aKnobNamedLikeANetworkGeneIsRefused() throws {
        struct Space: SearchSpace {
            var name: String { "clash" }
            var genes: [Gene] { [Gene(name: "dataflow", choices: ["a", "b"])] }
            func network(for genome: Genome) throws -> Network { throw GenomeError(space: name, gene: nil, reason: "unused") }
        }
        let hardware = try HardwareSpace(id: "t", base: Fixtures.eyeriss(), knobs: [.dataflow([.rowStationary])])
        let error = #expect(throws: GenomeError.self) { try CoDesignSpace(network: Space(), hardware: hardware) }
        #expect(error?.description.contains("gene \"dataflow\": is both a network gene and a hardware knob") == true)
    }
}
