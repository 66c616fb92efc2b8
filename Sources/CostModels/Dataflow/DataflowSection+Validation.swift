extension DataflowSection {
    /// The `memory.levels[].name`s a dataflow model reads, innermost first.
    public enum LevelName {
        public static let registerFile = "registerFile"
        public static let array = "array"
        public static let globalBuffer = "globalBuffer"
        public static let dram = "DRAM"
    }

    /// An accelerator needs a sized `globalBuffer` and a `DRAM` level; row stationary needs its
    /// three scratch pads, which must fit the `registerFile` when that level has a size; relative
    /// energies need `macEnergyJoules` to become joules.
    func validationIssues(levels: [MemoryLevel]) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        let named = { (name: String) in levels.firstIndex { $0.name == name } }
        if let i = named(LevelName.globalBuffer) {
            if levels[i].sizeBytes == nil {
                issues.append(ProfileIssue(keyPath: "memory.levels[\(i)].sizeBytes", "missing; an asic-dataflow profile needs the global buffer's size"))
            }
        } else {
            issues.append(ProfileIssue(keyPath: "memory.levels", "expected a level named \(LevelName.globalBuffer) (the on-chip buffer shared by the PE array)"))
        }
        if named(LevelName.dram) == nil {
            issues.append(ProfileIssue(keyPath: "memory.levels", "expected a level named \(LevelName.dram) (off-chip memory)"))
        }
        if wordBits.value > 64 {
            issues.append(ProfileIssue(keyPath: "asicDataflow.wordBits.value", "expected 1 to 64 bits, got \(wordBits.value)"))
        }
        if macEnergyJoules == nil, let i = levels.firstIndex(where: { $0.energyPerAccessRelativeToMAC != nil }) {
            issues.append(ProfileIssue(keyPath: "asicDataflow.macEnergyJoules",
                                       "missing; memory.levels[\(i)].energyPerAccessRelativeToMAC is relative to a MAC and needs the MAC's energy in joules"))
        }
        if dataflow == .rowStationary { issues += scratchpadIssues(registerFile: named(LevelName.registerFile).map { levels[$0] }) }
        return issues
    }

    private func scratchpadIssues(registerFile: MemoryLevel?) -> [ProfileIssue] {
        let pads = [("filterScratchpadWords", filterScratchpadWords), ("ifmapScratchpadWords", ifmapScratchpadWords),
                    ("psumScratchpadWords", psumScratchpadWords)]
        let missing = pads.filter { $0.1 == nil }.map {
            ProfileIssue(keyPath: "asicDataflow.\($0.0)", "missing; the rowStationary dataflow needs the PE's scratch-pad sizes in words")
        }
        guard missing.isEmpty, let size = registerFile?.sizeBytes?.value else { return missing }
        let words = pads.reduce(0) { $0 + ($1.1?.value ?? 0) }
        let bytes = (words * wordBits.value + 7) / 8
        guard bytes > size else { return [] }
        return [ProfileIssue(keyPath: "asicDataflow.filterScratchpadWords",
                             "the scratch pads (\(words) words of \(wordBits.value) bits = \(bytes) bytes) exceed the registerFile level's sizeBytes (\(size))")]
    }
}
