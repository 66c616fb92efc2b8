import CostModels
import Testing

/// Row-stationary folds, access counts, DRAM tiling, energy and stalls on hand-computed layers
/// (`DataflowFixture`: a 3 × 4 array with pads of 6 filter, 3 ifmap and 2 psum words).
@Suite struct RowStationaryTests {
    static func array() throws -> DataflowArray {
        let model = try DataflowFixture.model()
        return model.array
    }

    @Test func arrayFromTheProfile() throws {
        let array = try Self.array()
        #expect(array == DataflowArray(rows: 3, columns: 4, wordBits: 16, macsPerPEPerCycle: 1, filterScratchpadWords: 6,
                                       ifmapScratchpadWords: 3, psumScratchpadWords: 2, globalBufferWords: 1024,
                                       dramWordsPerCycle: 1, globalBufferWordsPerCycle: 2))
    }

    /// R = 3 fills the array's 3 rows; E = 4 fits its 4 columns in one strip: one pass of
    /// p·q·S·F = 1·1·3·4 = 12 cycles on all 12 PEs.
    @Test func oneSetFillsTheArray() throws {
        let m = RowStationaryMapping.best(for: DataflowFixture.single3x3, on: try Self.array())
        #expect([m.setHeight, m.stripWidth, m.strips, m.concurrentStrips, m.channelSets, m.filterSets] == [3, 4, 1, 1, 1, 1])
        #expect([m.filtersPerPE, m.channelsPerPE, m.passes, m.cyclesPerPass, m.computeCycles, m.activePEs] == [1, 1, 1, 12, 12, 12])
    }

    /// Per MAC 3 pad reads and 1 write; fills: 9 weights × 4 PEs, 12 PEs × one ifmap row of
    /// (4 − 1)·1 + 3 = 6 words; psums climb 2 PEs in each of 4 columns × 4 values; the buffer
    /// sends 6 rows × 6 words of ifmap, 9 weights and reads out the 16 outputs it received.
    @Test func accessCountsOfOnePass() throws {
        let layer = DataflowFixture.single3x3
        let a = RowStationaryAccesses(layer: layer, mapping: RowStationaryMapping.best(for: layer, on: try Self.array()))
        #expect(a.registerFileReads == 432)
        #expect(a.registerFileWrites == 144 + 36 + 72)
        #expect(a.arrayWords == 32)
        #expect(a.globalBufferReads == 36 + 9 + 16)
        #expect(a.globalBufferWrites == 16)
    }

    struct FoldCase: Sendable, CustomTestStringConvertible {
        var layer: DataflowLayer
        var cycles: Int
        var utilization: Double
        var testDescription: String { layer.name }
    }

    static let folds: [FoldCase] = [
        // 1×1, C = M = 4 on 2×2: sets of 1 × 2 PEs give 6 slots; the best folds take 8 cycles
        // (e.g. r = 2 channel sets × t = 3 filter sets, q = p = 2: one pass of 2·2·1·2).
        FoldCase(layer: DataflowLayer(name: "pointwise", inputHeight: 2, inputWidth: 2, filterHeight: 1, filterWidth: 1,
                                      channels: 4, filterCount: 4, strideHeight: 1, strideWidth: 1),
                 cycles: 8, utilization: 64.0 / 96),
        // Depthwise 3×3, 2 channels on 4×4: two 3 × 2 sets hold one channel each: 1·1·3·2 = 6 cycles.
        FoldCase(layer: DataflowLayer(name: "depthwise", inputHeight: 4, inputWidth: 4, filterHeight: 3, filterWidth: 3,
                                      channels: 2, filterCount: 2, strideHeight: 1, strideWidth: 1, groups: 2),
                 cycles: 6, utilization: 1),
        // 5 filter rows > 3 array rows: two segments of height 3; E = F = 2: 2 segments × 1·1·2·2
        // = 8 cycles, 40 MACs over 12 PEs × 8 cycles.
        FoldCase(layer: DataflowLayer(name: "tall filter", inputHeight: 6, inputWidth: 3, filterHeight: 5, filterWidth: 2,
                                      channels: 1, filterCount: 1, strideHeight: 1, strideWidth: 1),
                 cycles: 8, utilization: 40.0 / 96),
    ]

    @Test(arguments: folds)
    func foldsOntoTheArray(_ c: FoldCase) throws {
        let array = try Self.array()
        let cost = DataflowLayerCost(rowStationary: c.layer, on: array, energy: try DataflowFixture.model().energy, clockHz: 1e8)
        #expect(cost.computeCycles == c.cycles)
        #expect(abs(cost.utilization - c.utilization) < 1e-12)
        #expect(cost.macs == c.layer.macs)
    }

    /// Whole ifmap + psums fit 1,024 words: compulsory traffic. In 40 words, one row tile of
    /// 6 × 6 ifmap + 16 psums does not fit; two tiles of 4 input rows + 8 psums do: the ifmap
    /// is read 8 rows (2 halo) × 6, the weights twice.
    @Test func dramTrafficFromTheTiling() {
        let layer = DataflowFixture.single3x3
        let roomy = GlobalBufferTiling(layer: layer, globalBufferWords: 1024)
        #expect([roomy.rowTiles, roomy.channelTiles, roomy.dramReadWords, roomy.dramWriteWords, roomy.bufferWords] == [1, 1, 45, 16, 52])
        let tight = GlobalBufferTiling(layer: layer, globalBufferWords: 40)
        #expect([tight.rowTiles, tight.channelTiles, tight.dramReadWords, tight.dramWriteWords, tight.bufferWords] == [2, 1, 66, 16, 32])
    }

    /// Energy: 144 MACs × 1 pJ + pads (432 + 252) × 1 + array 32 × 2 + buffer (61 + 16 + 45) × 6
    /// + DRAM (45 + 16) × 200 = 13,824 pJ. DRAM needs 61 cycles at one word per cycle against
    /// 12 of compute: 49 stall cycles; latency 61 cycles at 100 MHz.
    @Test func energyAndStallsOfALayer() throws {
        let model = try DataflowFixture.model()
        let cost = DataflowLayerCost(rowStationary: DataflowFixture.single3x3, on: model.array, energy: model.energy,
                                     clockHz: 1e8)
        #expect(abs(cost.energyJoules! - 13_824e-12) < 1e-20)
        #expect(cost.accesses.map(\.level) == ["registerFile", "array", "globalBuffer", "DRAM"])
        #expect(cost.accesses.map { $0.energyJoules! * 1e12 }.map { $0.rounded() } == [684, 64, 732, 12_200])
        #expect(cost.stallCycles == 49)
        #expect(abs(cost.latencySeconds - 61e-8) < 1e-18)
    }

    /// An add of two 2×4×4 tensors: 64 words in, 32 out; 96 words at 2 per cycle through the
    /// buffer (48 cycles) and 1 per cycle from DRAM (48 stall cycles).
    @Test func bufferPassIsMemoryBound() throws {
        let model = try DataflowFixture.model()
        let cost = DataflowLayerCost(bufferPass: "add", readWords: 64, writeWords: 32, on: model.array, energy: model.energy,
                                     clockHz: 1e8)
        #expect([cost.macs, cost.computeCycles, cost.stallCycles] == [0, 48, 48])
        #expect(abs(cost.energyJoules! - (192 * 6 + 96 * 200) * 1e-12) < 1e-20)
    }

    /// 12 PEs × 0.01 mm² + 2 KiB × 0.05 mm².
    @Test func areaOfPEsAndBuffer() throws {
        #expect(abs(try DataflowFixture.model().area! - 0.22) < 1e-12)
    }
}
