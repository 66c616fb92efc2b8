/// The numbers of an accelerator profile that mappings use, in words of `wordBits` and core
/// cycles: array shape, scratch pads, buffer capacity and the bandwidths that cause stalls.
public struct DataflowArray: Hashable, Sendable {
    public var rows: Int
    public var columns: Int
    public var wordBits: Int
    public var macsPerPEPerCycle: Int
    public var filterScratchpadWords: Int
    public var ifmapScratchpadWords: Int
    public var psumScratchpadWords: Int
    public var globalBufferWords: Int
    /// Words per core cycle between DRAM and the chip; nil: unlimited (no stalls).
    public var dramWordsPerCycle: Double?
    /// Words per core cycle through the global buffer for passes without MACs; nil: unlimited.
    public var globalBufferWordsPerCycle: Double?

    public init(rows: Int, columns: Int, wordBits: Int = 16, macsPerPEPerCycle: Int = 1, filterScratchpadWords: Int,
                ifmapScratchpadWords: Int, psumScratchpadWords: Int, globalBufferWords: Int,
                dramWordsPerCycle: Double? = nil, globalBufferWordsPerCycle: Double? = nil) {
        self.rows = rows
        self.columns = columns
        self.wordBits = wordBits
        self.macsPerPEPerCycle = macsPerPEPerCycle
        self.filterScratchpadWords = filterScratchpadWords
        self.ifmapScratchpadWords = ifmapScratchpadWords
        self.psumScratchpadWords = psumScratchpadWords
        self.globalBufferWords = globalBufferWords
        self.dramWordsPerCycle = dramWordsPerCycle
        self.globalBufferWordsPerCycle = globalBufferWordsPerCycle
    }

    public var peCount: Int { rows * columns }
    public var wordBytes: Double { Double(wordBits) / 8 }

    /// The array of an accelerator profile (validated: the global buffer and DRAM exist, and the
    /// scratch pads for row stationary; other dataflows keep no scratch pads here, so they are 0).
    public init(profile: HardwareProfile, section: DataflowSection) throws(CostModelError) {
        let levels = profile.memory.levels
        let level = { (name: String) in levels.first { $0.name == name } }
        let pads = [section.filterScratchpadWords, section.ifmapScratchpadWords, section.psumScratchpadWords].map { $0?.value }
        if section.dataflow == .rowStationary, pads.contains(nil) {
            throw CostModelError("\(profile.name): the \(section.dataflow.rawValue) model needs asicDataflow.filterScratchpadWords, ifmapScratchpadWords and psumScratchpadWords")
        }
        guard let buffer = level(DataflowSection.LevelName.globalBuffer)?.sizeBytes?.value else {
            throw CostModelError("\(profile.name): needs a memory level \(DataflowSection.LevelName.globalBuffer) with sizeBytes")
        }
        let clock = profile.clocks.coreClockHz.value
        let wordBytes = Double(section.wordBits.value) / 8
        let perCycle = { (name: String) in
            level(name)?.bandwidthBytesPerSecond.map { $0.value / clock / wordBytes }
        }
        self.init(rows: section.peRowCount.value, columns: section.peColumnCount.value, wordBits: section.wordBits.value,
                  macsPerPEPerCycle: section.macsPerPEPerCycle?.value ?? 1, filterScratchpadWords: pads[0] ?? 0,
                  ifmapScratchpadWords: pads[1] ?? 0, psumScratchpadWords: pads[2] ?? 0,
                  globalBufferWords: Int(Double(buffer) / wordBytes),
                  dramWordsPerCycle: perCycle(DataflowSection.LevelName.dram),
                  globalBufferWordsPerCycle: perCycle(DataflowSection.LevelName.globalBuffer))
    }
}
