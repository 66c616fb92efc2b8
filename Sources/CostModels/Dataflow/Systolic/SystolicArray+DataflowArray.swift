extension SystolicArray {
    /// The systolic array of an output-, weight- or input-stationary profile: its PE array, its
    /// one global buffer split in equal thirds into SCALE-Sim's IFMAP, filter and OFMAP SRAMs,
    /// words of `wordBits` rounded up to whole bytes, and its DRAM bandwidth. `nil` for row stationary.
    init?(dataflow: DataflowSection.Dataflow, array: DataflowArray, clockHz: Double) {
        guard let systolic = Dataflow(dataflow) else { return nil }
        let wordBytes = max(1, (array.wordBits + 7) / 8)
        let third = Int(Double(array.globalBufferWords) * array.wordBytes) / 3
        self.init(rows: array.rows, columns: array.columns, dataflow: systolic, ifmapSRAMBytes: third,
                  filterSRAMBytes: third, ofmapSRAMBytes: third, wordBytes: wordBytes,
                  dramWordsPerCycle: array.dramWordsPerCycle, clockHz: clockHz)
    }
}
