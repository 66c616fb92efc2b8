/// What one layer costs on a dataflow accelerator: the result every mapping (the systolic
/// output-, weight- and input-stationary folds; Eyeriss's row-stationary) produces.
public struct DataflowLayerCost: Hashable, Sendable, Codable {
    /// Reads and writes of one memory level, in words of the array's word width.
    public struct LevelAccesses: Hashable, Sendable, Codable {
        /// `memory.levels[].name` of the profile (or SCALE-Sim's `ifmapSRAM`, `filterSRAM`, `ofmapSRAM`, `DRAM`).
        public var level: String
        public var readWords: Int
        public var writeWords: Int
        public var energyJoules: Double?
        /// The same energy in multiples of one MAC's, when the profile tabulates it that way.
        public var energyRelativeToMAC: Double?

        public init(level: String, readWords: Int, writeWords: Int, energyJoules: Double? = nil,
                    energyRelativeToMAC: Double? = nil) {
            self.level = level
            self.readWords = readWords
            self.writeWords = writeWords
            self.energyJoules = energyJoules
            self.energyRelativeToMAC = energyRelativeToMAC
        }
    }

    public var name: String
    public var macs: Int
    /// Cycles with ideal memory bandwidth (SCALE-Sim's compute cycles).
    public var computeCycles: Int
    /// Extra cycles while the array waits for memory.
    public var stallCycles: Int
    /// MACs done / (PEs × compute cycles), in [0, 1].
    public var utilization: Double
    public var accesses: [LevelAccesses]
    /// `(computeCycles + stallCycles) / clock`.
    public var latencySeconds: Double
    /// MAC energy plus every level's access energy, when the profile has energy figures.
    public var energyJoules: Double?
    /// MAC energy plus access energies in multiples of one MAC's energy, for profiles whose
    /// energies are relative to a MAC (Eyeriss-style tables without a MAC energy in joules).
    public var energyRelativeToMAC: Double?
    /// On-chip buffer bytes the layer occupies at its peak (global-buffer tile plus the busy PEs'
    /// scratch pads), when the mapping tracks it.
    public var onChipBufferBytes: Int?

    public init(name: String, macs: Int, computeCycles: Int, stallCycles: Int, utilization: Double,
                accesses: [LevelAccesses], latencySeconds: Double, energyJoules: Double?,
                energyRelativeToMAC: Double? = nil, onChipBufferBytes: Int? = nil) {
        self.name = name
        self.macs = macs
        self.computeCycles = computeCycles
        self.stallCycles = stallCycles
        self.utilization = utilization
        self.accesses = accesses
        self.latencySeconds = latencySeconds
        self.energyJoules = energyJoules
        self.energyRelativeToMAC = energyRelativeToMAC
        self.onChipBufferBytes = onChipBufferBytes
    }
}
