extension DataflowLayerCost {
    /// One convolution on a row-stationary array: compute cycles and accesses from the best
    /// `RowStationaryMapping`, DRAM traffic from `GlobalBufferTiling`, and stall cycles when that
    /// traffic takes longer than the computation it overlaps (double buffering):
    /// stall = max(0, DRAM words / DRAM words per cycle − compute cycles).
    public init(rowStationary layer: DataflowLayer, on array: DataflowArray, energy: DataflowEnergyTable, clockHz: Double) {
        let mapping = RowStationaryMapping.best(for: layer, on: array)
        let onChip = RowStationaryAccesses(layer: layer, mapping: mapping)
        let tiling = GlobalBufferTiling(layer: layer, globalBufferWords: array.globalBufferWords)
        let dramCycles = array.dramWordsPerCycle.map { Int((Double(tiling.dramWords) / $0).rounded(.up)) } ?? 0
        let accesses: [LevelAccesses] = [
            LevelAccesses(level: DataflowSection.LevelName.registerFile, readWords: onChip.registerFileReads,
                          writeWords: onChip.registerFileWrites),
            LevelAccesses(level: DataflowSection.LevelName.array, readWords: onChip.arrayWords, writeWords: 0),
            LevelAccesses(level: DataflowSection.LevelName.globalBuffer, readWords: onChip.globalBufferReads,
                          writeWords: onChip.globalBufferWrites + tiling.dramReadWords),
            LevelAccesses(level: DataflowSection.LevelName.dram, readWords: tiling.dramReadWords, writeWords: tiling.dramWriteWords),
        ]
        let (priced, joules) = energy.price(accesses, macs: layer.macs)
        let compute = mapping.computeCycles
        let stall = max(0, dramCycles - compute)
        let padWords = array.filterScratchpadWords + array.ifmapScratchpadWords + array.psumScratchpadWords
        let bytes = Double(tiling.bufferWords + mapping.activePEs * padWords) * array.wordBytes
        self.init(name: layer.name, macs: layer.macs, computeCycles: compute, stallCycles: stall,
                  utilization: compute == 0 ? 0 : Double(layer.macs) / Double(array.peCount * array.macsPerPEPerCycle * compute),
                  accesses: priced, latencySeconds: Double(compute + stall) / clockHz, energyJoules: joules,
                  onChipBufferBytes: Int(bytes.rounded(.up)))
    }

    /// A layer without MACs (pooling, add, batch norm, …) streamed through the global buffer:
    /// its inputs come from DRAM and its output goes back, each word written into and read out of
    /// the buffer once. Cycles = words / global-buffer words per cycle; stalls as for a convolution.
    public init(bufferPass name: String, readWords: Int, writeWords: Int, on array: DataflowArray,
                energy: DataflowEnergyTable, clockHz: Double) {
        let words = Double(readWords + writeWords)
        let compute = array.globalBufferWordsPerCycle.map { Int((words / $0).rounded(.up)) } ?? 0
        let dram = array.dramWordsPerCycle.map { Int((words / $0).rounded(.up)) } ?? 0
        let accesses = [
            LevelAccesses(level: DataflowSection.LevelName.globalBuffer, readWords: readWords + writeWords,
                          writeWords: readWords + writeWords),
            LevelAccesses(level: DataflowSection.LevelName.dram, readWords: readWords, writeWords: writeWords),
        ]
        let (priced, joules) = energy.price(accesses, macs: 0)
        self.init(name: name, macs: 0, computeCycles: compute, stallCycles: max(0, dram - compute), utilization: 0,
                  accesses: priced, latencySeconds: Double(max(compute, dram)) / clockHz, energyJoules: joules,
                  onChipBufferBytes: Int((min(words, Double(array.globalBufferWords)) * array.wordBytes).rounded(.up)))
    }
}
