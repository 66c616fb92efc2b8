/// Energy of one MAC and of moving one word at the SRAM and DRAM levels, in joules or in
/// multiples of one MAC's energy (the form of the Eyeriss tables, Chen et al. ISCA 2016).
///
/// Layer energy = `MACs · perMAC + SRAM words · perSRAMWord + DRAM words · perDRAMWord`, where SRAM
/// words count the array's reads and writes plus the fills from and drains to DRAM.
public struct SystolicEnergy: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable {
        case joules
        /// Multiples of one MAC's energy.
        case macEnergies
    }

    public var unit: Unit
    public var perMAC: Double
    public var perSRAMWord: Double
    public var perDRAMWord: Double
    /// The profile levels the figures come from, for reports (`globalBuffer`, `DRAM`).
    public var sramLevel: String
    public var dramLevel: String

    public init(unit: Unit, perMAC: Double, perSRAMWord: Double, perDRAMWord: Double,
                sramLevel: String = "SRAM", dramLevel: String = "DRAM") {
        self.unit = unit
        self.perMAC = perMAC
        self.perSRAMWord = perSRAMWord
        self.perDRAMWord = perDRAMWord
        self.sramLevel = sramLevel
        self.dramLevel = dramLevel
    }
}
