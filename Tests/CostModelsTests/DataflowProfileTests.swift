import CostModels
import NetworkIR
import Testing

/// The asic-dataflow section's rules: each bad profile gives its exact message.
@Suite struct DataflowProfileTests {
    typealias Case = ProfileErrorTests.Case

    static let cases: [Case] = [
        Case(name: "row stationary without a scratch pad", old: "  filterScratchpadWords: {value: 6, source: paper}\n", new: "",
             messages: ["f.yaml: asicDataflow.filterScratchpadWords: missing; the rowStationary dataflow needs the PE's scratch-pad sizes in words"]),
        Case(name: "scratch pads larger than the register file", old: "sizeBytes: {value: 22,", new: "sizeBytes: {value: 20,",
             messages: ["f.yaml: asicDataflow.filterScratchpadWords: the scratch pads (11 words of 16 bits = 22 bytes) exceed the registerFile level's sizeBytes (20)"]),
        Case(name: "no global buffer", old: "  - name: globalBuffer\n", new: "  - name: sharedBuffer\n",
             messages: ["f.yaml: memory.levels: expected a level named globalBuffer (the on-chip buffer shared by the PE array)"]),
        Case(name: "global buffer without size", old: "    sizeBytes: {value: 2048, source: paper}\n", new: "",
             messages: ["f.yaml: memory.levels[2].sizeBytes: missing; an asic-dataflow profile needs the global buffer's size"]),
        Case(name: "no DRAM", old: "  - name: DRAM\n", new: "  - name: offChip\n",
             messages: ["f.yaml: memory.levels: expected a level named DRAM (off-chip memory)"]),
        Case(name: "relative energies without a MAC energy", old: "  macEnergyJoules: {value: 1.0e-12, source: paper}\n", new: "",
             messages: ["f.yaml: asicDataflow.macEnergyJoules: missing; memory.levels[0].energyPerAccessRelativeToMAC is relative to a MAC and needs the MAC's energy in joules"]),
        Case(name: "unknown pooling mapping", old: "  dataflow: rowStationary\n", new: "  dataflow: rowStationary\n  averagePooling: denseConvolutions\n",
             messages: [#"f.yaml: asicDataflow.averagePooling: expected one of denseConvolution, depthwiseConvolution, bufferPass, got "denseConvolutions" (did you mean denseConvolution?)"#]),
        Case(name: "negative PE area", old: "peAreaSquareMillimetres: {value: 0.01,", new: "peAreaSquareMillimetres: {value: -0.01,",
             messages: ["f.yaml: asicDataflow.peAreaSquareMillimetres.value: expected a positive number in square millimetres (the unit of peAreaSquareMillimetres), got -0.01"]),
        Case(name: "word wider than 64 bits", old: "wordBits: {value: 16,", new: "wordBits: {value: 128,",
             messages: ["f.yaml: asicDataflow.wordBits.value: expected 1 to 64 bits, got 128",
                        "f.yaml: asicDataflow.filterScratchpadWords: the scratch pads (11 words of 128 bits = 176 bytes) exceed the registerFile level's sizeBytes (22)"]),
    ]

    @Test(arguments: cases)
    func reportsExactly(_ c: Case) {
        do {
            _ = try HardwareProfile(yaml: DataflowFixture.replacing(c.old, with: c.new), file: "f.yaml")
            Issue.record("loaded a bad profile")
        } catch {
            #expect(error.description.split(separator: "\n").map(String.init) == c.messages)
        }
    }

    @Test func fixtureIsValidAndRoundTrips() throws {
        let profile = try DataflowFixture.profile()
        #expect(profile.validate().isEmpty)
        #expect(profile.asicDataflow?.averagePooling == nil)
        #expect(profile.asicDataflow?.filterScratchpadWords?.value == 6)
    }

    /// A weight-stationary profile prices a convolution with SCALE-Sim's folding and stalls on
    /// its global buffer split in thirds.
    @Test func systolicDataflowsMapWithScaleSimsFolding() throws {
        let profile = try DataflowFixture.profile(DataflowFixture.replacing("dataflow: rowStationary", with: "dataflow: weightStationary"))
        var b = NetworkBuilder(name: "pointwise", input: TensorShape(channels: 8, height: 4, width: 4))
        _ = b.conv(b.input, 6, kernel: 1)
        let estimate = try DataflowCostModel(profile: profile).cost(of: b.build())
        let expected = SystolicMapping.cost(
            of: DataflowLayer(name: "c", inputHeight: 4, inputWidth: 4, filterHeight: 1, filterWidth: 1, channels: 8,
                              filterCount: 6, strideHeight: 1, strideWidth: 1),
            on: SystolicArray(rows: 3, columns: 4, dataflow: .weightStationary, ifmapSRAMBytes: 682, filterSRAMBytes: 682,
                              ofmapSRAMBytes: 682, wordBytes: 2, dramWordsPerCycle: 1, clockHz: 1e8))
        let layer = try #require(estimate.layers.first)
        #expect(layer.computeCycles == expected.computeCycles)
        #expect(layer.stallCycles == expected.stallCycles)
        #expect(layer.macs == 4 * 4 * 8 * 6)
        #expect(layer.accesses.map(\.level) == ["registerFile", "array", "globalBuffer", "DRAM"])
    }
}
