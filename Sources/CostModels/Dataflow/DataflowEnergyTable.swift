/// Joules per MAC and per word at each memory level of an accelerator profile.
///
/// A level's energy per access is `energyPerAccessJoules`, else `energyPerAccessRelativeToMAC` ×
/// `asicDataflow.macEnergyJoules` (Eyeriss's normalised table, ISCA 2016, Fig. 6); an access
/// moves `accessWidthBits` (default: the word), so a word costs that energy × word bits / access bits.
public struct DataflowEnergyTable: Hashable, Sendable {
    public var macJoules: Double?
    /// Joules per word by `memory.levels[].name`; levels without an energy figure are absent.
    public var joulesPerWord: [String: Double]

    public init(macJoules: Double?, joulesPerWord: [String: Double]) {
        self.macJoules = macJoules
        self.joulesPerWord = joulesPerWord
    }

    public init(profile: HardwareProfile, section: DataflowSection) {
        let mac = section.macEnergyJoules?.value
        var table: [String: Double] = [:]
        for level in profile.memory.levels {
            let perAccess = level.energyPerAccessJoules?.value
                ?? level.energyPerAccessRelativeToMAC.flatMap { relative in mac.map { relative.value * $0 } }
            guard let perAccess else { continue }
            let accessBits = Double(level.accessWidthBits?.value ?? section.wordBits.value)
            table[level.name] = perAccess * Double(section.wordBits.value) / accessBits
        }
        self.init(macJoules: mac, joulesPerWord: table)
    }

    /// Priced accesses (level energies filled in) and the layer's total, nil when the MAC energy
    /// or a level with accesses has no figure.
    public func price(_ accesses: [DataflowLayerCost.LevelAccesses], macs: Int) -> ([DataflowLayerCost.LevelAccesses], Double?) {
        var total = macJoules.map { Double(macs) * $0 }
        let priced = accesses.map { access in
            var access = access
            access.energyJoules = joulesPerWord[access.level].map { Double(access.readWords + access.writeWords) * $0 }
            if access.energyJoules == nil, access.readWords + access.writeWords > 0 { total = nil }
            return access
        }
        return (priced, total.map { t in priced.reduce(t) { $0 + ($1.energyJoules ?? 0) } })
    }
}
