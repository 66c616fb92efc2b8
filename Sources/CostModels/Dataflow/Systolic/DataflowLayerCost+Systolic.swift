extension DataflowLayerCost {
    /// A convolution of a network on an output-, weight- or input-stationary profile: cycles and
    /// SRAM/DRAM words from `SystolicMapping` (SCALE-Sim's folding), accesses renamed to the
    /// profile's levels and priced with its energy table.
    ///
    /// - The IFMAP is trimmed to the rows and columns the windows read, `(outputs − 1) · stride +
    ///   filter`: SCALE-Sim rounds output sizes up, so an IFMAP padded for a floor-rounding
    ///   framework would otherwise gain an output row.
    /// - The three SCALE-Sim SRAMs are the profile's one `globalBuffer` (`array.globalBufferWords`
    ///   split in thirds by `SystolicArray(dataflow:array:clockHz:)`); their words add up at that level.
    /// - Inside the array (Chen et al., ISCA 2016, taxonomy of dataflows), every MAC takes one
    ///   streamed operand from a neighbour and passes one word on (2 `array` words per MAC), and
    ///   reads its stationary operand from its register file; output stationary also reads and
    ///   writes the partial sum there (1 register-file word per MAC under weight and input
    ///   stationary, 3 under output stationary). These levels are counted only when the profile
    ///   has them.
    public init(systolic layer: DataflowLayer, on array: SystolicArray, levels: Set<String>,
                energy: DataflowEnergyTable) {
        var trimmed = layer
        trimmed.inputHeight = (layer.outputHeight - 1) * layer.strideHeight + layer.filterHeight
        trimmed.inputWidth = (layer.outputWidth - 1) * layer.strideWidth + layer.filterWidth
        let cost = SystolicMapping.cost(of: trimmed, on: array)
        typealias Name = DataflowSection.LevelName
        var sram = LevelAccesses(level: Name.globalBuffer, readWords: 0, writeWords: 0)
        var dram = LevelAccesses(level: Name.dram, readWords: 0, writeWords: 0)
        for access in cost.accesses {
            if access.level == "DRAM" { dram = LevelAccesses(level: Name.dram, readWords: access.readWords, writeWords: access.writeWords) }
            else { sram.readWords += access.readWords; sram.writeWords += access.writeWords }
        }
        var accesses: [LevelAccesses] = []
        if levels.contains(Name.registerFile) {
            let stationary = cost.macs, partialSums = array.dataflow == .outputStationary ? 2 * cost.macs : 0
            accesses.append(LevelAccesses(level: Name.registerFile, readWords: stationary + partialSums / 2, writeWords: partialSums / 2))
        }
        if levels.contains(Name.array) { accesses.append(LevelAccesses(level: Name.array, readWords: 2 * cost.macs, writeWords: 0)) }
        accesses += [sram, dram]
        let (priced, joules) = energy.price(accesses, macs: cost.macs)
        let wordBytes = array.wordBytes
        let ifmapWords = layer.inputHeight * layer.inputWidth * layer.channels
        let filterWords = layer.filterHeight * layer.filterWidth * (layer.channels / layer.groups) * layer.filterCount
        let ofmapWords = layer.outputHeight * layer.outputWidth * layer.filterCount
        let onChip = min(ifmapWords * wordBytes, array.ifmapSRAMBytes) + min(filterWords * wordBytes, array.filterSRAMBytes)
            + min(ofmapWords * wordBytes, array.ofmapSRAMBytes)
        self.init(name: layer.name, macs: cost.macs, computeCycles: cost.computeCycles, stallCycles: cost.stallCycles,
                  utilization: cost.utilization, accesses: priced, latencySeconds: cost.latencySeconds, energyJoules: joules,
                  onChipBufferBytes: onChip)
    }
}
