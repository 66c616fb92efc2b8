import CostModels

/// A small row-stationary accelerator whose numbers make hand computation easy: 3 × 4 PEs,
/// scratch pads of 6 filter, 3 ifmap and 2 psum words of 16 bits, a 2 KiB global buffer, one
/// DRAM word and two buffer words per cycle at 100 MHz, MAC energy 1 pJ with Eyeriss's relative
/// access energies (1, 2, 6, 200).
enum DataflowFixture: ProfileYAMLFixture {
    static let fileName = "accelerator.yaml"
    static let yaml = """
        schemaVersion: 1
        kind: asic-dataflow
        name: Test accelerator
        clocks:
          coreClockHz: {value: 100000000, source: paper}
        memory:
          levels:
          - name: registerFile
            sizeBytes: {value: 22, source: paper}
            energyPerAccessRelativeToMAC: {value: 1, source: paper}
            instanceCount: {value: 12, source: paper}
          - name: array
            energyPerAccessRelativeToMAC: {value: 2, source: paper}
          - name: globalBuffer
            sizeBytes: {value: 2048, source: paper}
            bandwidthBytesPerSecond: {value: 400000000, source: paper}
            energyPerAccessRelativeToMAC: {value: 6, source: paper}
          - name: DRAM
            bandwidthBytesPerSecond: {value: 200000000, source: paper}
            energyPerAccessRelativeToMAC: {value: 200, source: paper}
        asicDataflow:
          peRowCount: {value: 3, source: paper}
          peColumnCount: {value: 4, source: paper}
          dataflow: rowStationary
          wordBits: {value: 16, source: paper}
          technologyNodeNanometres: {value: 65, source: paper}
          macEnergyJoules: {value: 1.0e-12, source: paper}
          filterScratchpadWords: {value: 6, source: paper}
          ifmapScratchpadWords: {value: 3, source: paper}
          psumScratchpadWords: {value: 2, source: paper}
          peAreaSquareMillimetres: {value: 0.01, source: paper}
          sramAreaSquareMillimetresPerKibibyte: {value: 0.05, source: paper}
        sources:
          paper:
            kind: paper
            citation: Test accelerator paper, table 1

        """

    static func model() throws -> DataflowCostModel { try DataflowCostModel(profile: try profile()) }

    /// 3×3 convolution of one 6×6 (padded) channel into one filter: E = F = 4, 144 MACs.
    static let single3x3 = DataflowLayer(name: "a", inputHeight: 6, inputWidth: 6, filterHeight: 3, filterWidth: 3,
                                         channels: 1, filterCount: 1, strideHeight: 1, strideWidth: 1)
}
