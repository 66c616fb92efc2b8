extension SystolicEnergy {
    /// Why a profile gives no systolic energy figures.
    public struct Unavailable: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The energy figures of an `asic-dataflow` profile: the SRAM level is the one named
    /// `globalBuffer` (else the largest sized level other than DRAM), the DRAM level the one named
    /// `DRAM`. Per-access figures scale to words by `wordBits / accessWidthBits`.
    ///
    /// Joules when both levels give `energyPerAccessJoules` and some level gives both forms (its
    /// ratio is one MAC's energy in joules); otherwise multiples of a MAC when both levels give
    /// `energyPerAccessRelativeToMAC`.
    public init(profile: HardwareProfile, wordBits: Int) throws(Unavailable) {
        let levels = profile.memory.levels
        let dram = levels.first { $0.name.lowercased() == "dram" }
        let onChip = levels.filter { $0.name.lowercased() != "dram" }
        let sram = onChip.first { $0.name == "globalBuffer" }
            ?? onChip.filter { $0.sizeBytes != nil }.max { $0.sizeBytes!.value < $1.sizeBytes!.value }
        guard let sram, let dram else {
            throw Unavailable(description: "\(profile.name): memory.levels needs an on-chip buffer (globalBuffer) and a DRAM level for energy")
        }
        func perWord(_ level: MemoryLevel, _ perAccess: Quantity?) -> Double? {
            guard let perAccess else { return nil }
            return perAccess.value * Double(wordBits) / Double(level.accessWidthBits?.value ?? wordBits)
        }
        let macJoules = levels.lazy.compactMap { level -> Double? in
            guard let joules = level.energyPerAccessJoules, let relative = level.energyPerAccessRelativeToMAC else { return nil }
            return joules.value / relative.value
        }.first
        if let macJoules, let s = perWord(sram, sram.energyPerAccessJoules), let d = perWord(dram, dram.energyPerAccessJoules) {
            self.init(unit: .joules, perMAC: macJoules, perSRAMWord: s, perDRAMWord: d, sramLevel: sram.name, dramLevel: dram.name)
        } else if let s = perWord(sram, sram.energyPerAccessRelativeToMAC), let d = perWord(dram, dram.energyPerAccessRelativeToMAC) {
            self.init(unit: .macEnergies, perMAC: 1, perSRAMWord: s, perDRAMWord: d, sramLevel: sram.name, dramLevel: dram.name)
        } else {
            throw Unavailable(description: "\(profile.name): memory.levels \(sram.name) and \(dram.name) need energyPerAccessRelativeToMAC, or energyPerAccessJoules plus one level with both, for energy")
        }
    }
}
