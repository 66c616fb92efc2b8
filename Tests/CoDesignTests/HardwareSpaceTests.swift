import CoDesign
import CostModels
import Foundation
import SearchSpaces
import Testing

@Suite struct HardwareSpaceTests {
    /// Every genome of a space, in odometer order (last gene fastest).
    static func allGenomes(_ space: HardwareSpace) -> [Genome] {
        space.genes.reduce([[Int]()]) { prefixes, gene in
            prefixes.flatMap { prefix in gene.choices.indices.map { prefix + [$0] } }
        }.map(Genome.init)
    }

    @Test func standardKnobsAroundEyeriss() throws {
        let space = try Fixtures.standardSpace()
        let expected: [(String, [String])] = [
            ("peRowCount", ["8", "12", "16", "32"]),
            ("peColumnCount", ["8", "14", "16", "32"]),
            ("globalBufferKiB", ["54", "108", "216"]),
            ("registerFileBytes", ["260", "520", "1040"]),
            ("dataflow", ["rowStationary", "outputStationary", "weightStationary", "inputStationary"]),
            ("weightBits", ["4", "8", "16"]),
            ("activationBits", ["8", "16"]),
        ]
        #expect(space.genes.map(\.name) == expected.map(\.0))
        #expect(space.genes.map(\.choices) == expected.map(\.1))
        #expect(space.cardinality == 3456)
        #expect(space.baseConfiguration == HardwareConfiguration(
            peRowCount: 12, peColumnCount: 14, globalBufferBytes: 110_592, registerFileBytes: 520,
            dataflow: .rowStationary, weightBits: 16, activationBits: 16))
    }

    @Test func changedKnobsRewriteTheirFieldsWithDerivedSources() throws {
        let space = try Fixtures.standardSpace()
        let genome = try space.genome(string: "peRowCount=16,peColumnCount=32,globalBufferKiB=216,registerFileBytes=260,dataflow=weightStationary,weightBits=4,activationBits=8")
        let profile = try space.profile(for: genome)
        let array = try #require(profile.asicDataflow)
        #expect(array.peRowCount == Count(16, source: "codesign-peRowCount"))
        #expect(array.peColumnCount == Count(32, source: "codesign-peColumnCount"))
        #expect(array.dataflow == .weightStationary)
        #expect(array.wordBits == Count(8, source: "codesign-wordBits"))
        #expect(array.macsPerPEPerCycle == Count(1, source: "jssc2017"))
        #expect(array.coreAreaSquareMillimetres == nil && array.chipAreaSquareMillimetres == nil && profile.power == nil)
        let levels = Dictionary(uniqueKeysWithValues: profile.memory.levels.map { ($0.name, $0) })
        #expect(levels["globalBuffer"]?.sizeBytes == Count(221_184, source: "codesign-globalBufferKiB"))
        #expect(levels["registerFile"]?.sizeBytes == Count(260, source: "codesign-registerFileBytes"))
        #expect(levels["registerFile"]?.instanceCount == Count(512, source: "codesign-peCount"))
        #expect(levels["DRAM"] == Fixtures.eyerissLevel("DRAM"))
        for id in ["codesign-peRowCount", "codesign-peColumnCount", "codesign-wordBits", "codesign-globalBufferKiB",
                   "codesign-registerFileBytes", "codesign-peCount"] {
            #expect(profile.sources[id]?.kind == .derived, "\(id)")
        }
        #expect(profile.sources["codesign-peCount"]?.citation?.contains("16 × 32") == true)
        let description = try #require(profile.description)
        #expect(description.contains("peRowCount 16 (base 12)"))
        #expect(description.contains("activationBits 8 (base 16)"))
        #expect(profile.validate().isEmpty)
        let configuration = try space.configuration(for: genome)
        #expect(configuration.weightBits == 4 && configuration.activationBits == 8 && configuration.wordBits == 8)
    }

    @Test func theBaseGenomeKeepsEveryFigure() throws {
        let space = try Fixtures.standardSpace()
        let base = try Fixtures.eyeriss()
        let genome = try #require(space.genome(for: space.baseConfiguration))
        var profile = try space.profile(for: genome)
        #expect(profile.description?.contains("Every figure is the base profile's") == true)
        profile.name = base.name
        profile.description = base.description
        #expect(profile == base)
    }

    /// The genomes whose profiles are written and loaded: every combination of the four size
    /// knobs (rows, columns, global buffer, register file), each with the dataflow and widths
    /// taken in turn, and every combination of dataflow and widths at the base sizes; so every
    /// value of every knob, and every pairing of sizes, is written. (All 3,456 take a minute in
    /// a debug build; the fields do not interact beyond the sizes' register-file count.)
    static func coveringGenomes(_ space: HardwareSpace) -> [Genome] {
        let base = space.genome(for: space.baseConfiguration)!.values
        let sizes = allGenomes(try! HardwareSpace(id: "sizes", base: space.base, knobs: Array(space.knobs.prefix(4))))
        let rest = allGenomes(try! HardwareSpace(id: "rest", base: space.base, knobs: Array(space.knobs.dropFirst(4))))
        return sizes.enumerated().map { i, g in Genome(g.values + rest[i % rest.count].values) }
            + rest.map { Genome(Array(base.prefix(4)) + $0.values) }
    }

    @Test func everyKnobValueGivesAProfileThatWritesAndLoads() throws {
        let space = try Fixtures.standardSpace()
        #expect(space.knobs.prefix(4).map(\.name) == ["peRowCount", "peColumnCount", "globalBufferKiB", "registerFileBytes"])
        let genomes = Self.coveringGenomes(space)
        #expect(genomes.count == 144 + 24)
        for gene in space.genes.indices {
            #expect(Set(genomes.map { $0.values[gene] }).count == space.genes[gene].choices.count)
        }
        for genome in genomes {
            let profile = try space.profile(for: genome)
            let loaded = try HardwareProfile(yaml: try profile.yamlText(), file: space.string(of: genome))
            #expect(loaded == profile, "\(space.string(of: genome))")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("codesign-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        let last = try space.profile(for: try #require(genomes.last))
        try last.write(to: file)
        #expect(try HardwareProfile(contentsOf: file) == last)
    }

    @Test func everyGenomeRoundTripsThroughTextAndConfiguration() throws {
        let space = try Fixtures.standardSpace()
        let genomes = Self.allGenomes(space)
        #expect(genomes.count == 3456)
        for genome in genomes {
            #expect(try space.genome(string: space.string(of: genome)) == genome)
            #expect(space.genome(for: try space.configuration(for: genome)) == genome)
        }
    }

    @Test(arguments: [
        ("peRowCount=8", "gene \"peColumnCount\": missing"),
        ("peRowCount=8,peRowCount=8", "gene \"peRowCount\": given twice"),
        ("rows=8", "gene \"rows\": no such knob"),
        ("peRowCount=9", "\"9\" is not one of 8, 12, 16, 32"),
        ("peRowCount", "expected knob=value"),
    ])
    func badTextNamesTheKnob(text: String, message: String) throws {
        let space = try Fixtures.standardSpace()
        let error = #expect(throws: GenomeError.self) { try space.genome(string: text) }
        #expect(error?.description.contains(message) == true, "\(error.map(String.init(describing:)) ?? "")")
    }

    @Test func numbersMatchChoicesByValue() throws {
        let space = try HardwareSpace(id: "t", base: Fixtures.eyeriss(), knobs: [.peRowCount([8, 16]), .weightBits([8])])
        #expect(try space.genome(string: " weightBits = 8.0 , peRowCount=16") == Genome([1, 0]))
        #expect(space.string(of: Genome([1, 0])) == "peRowCount=16,weightBits=8")
        #expect(try HardwareSpace(id: "t", base: Fixtures.eyeriss(), knobs: []).genome(string: "") == Genome([]))
        #expect(throws: GenomeError.self) { try space.configuration(for: Genome([2, 0])) }
        #expect(throws: GenomeError.self) { try space.configuration(for: Genome([0])) }
    }

    @Test func badSpacesAreRefusedNamingTheKnob() throws {
        let eyeriss = try Fixtures.eyeriss()
        var noRegisterFile = eyeriss
        noRegisterFile.memory.levels.removeAll { $0.name == "registerFile" }
        let cases: [(HardwareProfile, [HardwareKnob], String)] = [
            (try Fixtures.cpuProfile(), [], "is of kind cpu; expected asic-dataflow"),
            (eyeriss, [.peRowCount([8]), .peRowCount([16])], "knob peRowCount: given twice"),
            (eyeriss, [.weightBits([])], "knob weightBits: needs at least one choice"),
            (eyeriss, [.peColumnCount([8, 0])], "knob peColumnCount: expected positive whole numbers, got 0"),
            (eyeriss, [.dataflow([.rowStationary, .rowStationary])], "knob dataflow: lists a choice twice"),
            (noRegisterFile, [.registerFileBytes([260])], "knob registerFileBytes: the base profile has no memory level registerFile"),
        ]
        for (base, knobs, message) in cases {
            let error = #expect(throws: HardwareSpaceError.self) { try HardwareSpace(id: "t", base: base, knobs: knobs) }
            #expect(error?.description.contains(message) == true, "\(error.map(String.init(describing:)) ?? "")")
        }
    }
}

extension Fixtures {
    static func eyerissLevel(_ name: String) -> MemoryLevel? {
        (try? eyeriss())?.memory.levels.first { $0.name == name }
    }
}
