import CostModels
import Foundation
import Testing

@Suite struct SystolicMappingTests {
    /// `a, 10, 10, 3, 3, 4, 12, 1`: 8×8 outputs, a 36-word window, 12 filters.
    static let layer = DataflowLayer(name: "a", inputHeight: 10, inputWidth: 10, filterHeight: 3, filterWidth: 3,
                                     channels: 4, filterCount: 12, strideHeight: 1, strideWidth: 1)

    static func array(_ dataflow: SystolicArray.Dataflow, sramBytes: Int = 1 << 20, bandwidth: Double? = nil) -> SystolicArray {
        SystolicArray(rows: 8, columns: 8, dataflow: dataflow, ifmapSRAMBytes: sramBytes, filterSRAMBytes: sramBytes,
                      ofmapSRAMBytes: sramBytes, dramWordsPerCycle: bandwidth)
    }

    /// (dataflow, Sr, Sc, T, row folds, column folds, cycles per fold): the table of `SystolicFolding`.
    @Test(arguments: [
        (SystolicArray.Dataflow.outputStationary, 64, 12, 36, 8, 2, 36 + 8 + 8 - 2),
        (.weightStationary, 36, 12, 64, 5, 2, 2 * 8 + 8 + 64 - 2),
        (.inputStationary, 36, 64, 12, 5, 8, 2 * 8 + 8 + 12 - 2),
    ])
    func foldsByHand(_ dataflow: SystolicArray.Dataflow, _ sr: Int, _ sc: Int, _ t: Int, _ rowFolds: Int, _ columnFolds: Int,
                     _ perFold: Int) {
        let folding = SystolicFolding(layer: Self.layer, array: Self.array(dataflow))
        #expect([folding.spatialRows, folding.spatialColumns, folding.temporal] as [Int] == [sr, sc, t])
        #expect([folding.rowFolds, folding.columnFolds, folding.cyclesPerFold] as [Int] == [rowFolds, columnFolds, perFold])
        #expect(folding.computeCycles == rowFolds * columnFolds * perFold - 1)
        #expect(folding.macs == Self.layer.macs)
    }

    @Test func roundsOutputSizesUpAsSCALESim() {
        let layer = DataflowLayer(name: "s2", inputHeight: 34, inputWidth: 9, filterHeight: 3, filterWidth: 3, channels: 1,
                                  filterCount: 1, strideHeight: 2, strideWidth: 2)
        #expect([layer.outputHeight, layer.scaleSimOutputHeight] as [Int] == [16, 17])
        #expect([layer.outputWidth, layer.scaleSimOutputWidth] as [Int] == [4, 4])
    }

    /// A depthwise layer costs its groups one after the other.
    @Test(arguments: SystolicArray.Dataflow.allCases)
    func groupsRunOneAfterAnother(_ dataflow: SystolicArray.Dataflow) {
        let depthwise = DataflowLayer(name: "dw", inputHeight: 12, inputWidth: 12, filterHeight: 3, filterWidth: 3,
                                      channels: 6, filterCount: 6, strideHeight: 1, strideWidth: 1, groups: 6)
        var one = depthwise
        (one.channels, one.filterCount, one.groups) = (1, 1, 1)
        let whole = SystolicMapping.cost(of: depthwise, on: Self.array(dataflow))
        let part = SystolicMapping.cost(of: one, on: Self.array(dataflow))
        #expect(whole.computeCycles == 6 * part.computeCycles)
        #expect(whole.macs == depthwise.macs)
        #expect(zip(whole.accesses, part.accesses).allSatisfy { $0.readWords == 6 * $1.readWords && $0.writeWords == 6 * $1.writeWords })
    }

    /// 512-byte SRAMs hold 256 words in their active half: the 400-word IFMAP and the 432-word
    /// filter no longer fit and are fetched again per pass.
    @Test(arguments: [
        (SystolicArray.Dataflow.outputStationary, 400 * 2, 432 * 8),
        (.weightStationary, 400 * 2, 432),
        (.inputStationary, 400, 432 * 8),
    ])
    func smallSRAMsRefetch(_ dataflow: SystolicArray.Dataflow, _ ifmapWords: Int, _ filterWords: Int) {
        let fits = SystolicMapping.cost(of: Self.layer, on: Self.array(dataflow))
        let small = SystolicMapping.cost(of: Self.layer, on: Self.array(dataflow, sramBytes: 512))
        #expect(fits.accesses[0].writeWords == 400)
        #expect(fits.accesses[1].writeWords == 432)
        #expect(small.accesses[0].writeWords == ifmapWords)
        #expect(small.accesses[1].writeWords == filterWords)
        #expect(small.accesses[3].readWords == ifmapWords + filterWords)
        #expect(small.computeCycles == fits.computeCycles)
    }

    /// Output stationary moves 832 + 768 = 1600 DRAM words over 799 compute cycles.
    @Test(arguments: [(1.0, 1600 - 799), (2.0, 1), (3.0, 0)])
    func stallsWhenBandwidthCannotHideTraffic(_ wordsPerCycle: Double, _ stalls: Int) {
        let cost = SystolicMapping.cost(of: Self.layer, on: Self.array(.outputStationary, bandwidth: wordsPerCycle))
        #expect(cost.computeCycles == 799)
        #expect(cost.stallCycles == stalls)
        #expect(cost.latencySeconds.isNaN)
    }

    @Test func energyRelativeToAMACFromTheEyerissProfile() throws {
        let url = ShippedProfilesTests.directory.appendingPathComponent("eyeriss-like.yaml")
        let profile = try HardwareProfile(contentsOf: url)
        var array = Self.array(.outputStationary)
        array.energy = try SystolicEnergy(profile: profile, wordBits: 16)
        array.clockHz = profile.clocks.coreClockHz.value
        let cost = SystolicMapping.cost(of: Self.layer, on: array)
        let sramWords = (4608 + 400) + (3456 + 432) + (768 + 768)
        #expect(cost.energyRelativeToMAC == Double(27648 + 6 * sramWords + 200 * 1600))
        #expect(cost.energyJoules == nil)
        #expect(cost.accesses[3].energyRelativeToMAC == Double(200 * 1600))
        #expect(cost.latencySeconds == 799 / 200e6)
    }

    @Test func energyInJoules() throws {
        var array = Self.array(.weightStationary)
        array.energy = SystolicEnergy(unit: .joules, perMAC: 1e-12, perSRAMWord: 5e-12, perDRAMWord: 1e-10)
        let cost = SystolicMapping.cost(of: Self.layer, on: array)
        let sram = cost.accesses.dropLast().reduce(0) { $0 + $1.readWords + $1.writeWords }
        let dram = cost.accesses[3].readWords + cost.accesses[3].writeWords
        let expected = 27648e-12 + Double(sram) * 5e-12 + Double(dram) * 1e-10
        let joules = try #require(cost.energyJoules)
        #expect(abs(joules - expected) < 1e-18)
        #expect(cost.energyRelativeToMAC == nil)
    }

    @Test func aProfileWithoutEnergiesSaysWhy() throws {
        let profile = try ProfileFixture.profile()
        #expect {
            _ = try SystolicEnergy(profile: profile, wordBits: 8)
        } throws: { error in
            "\(error)".contains("energyPerAccessRelativeToMAC")
        }
    }
}
