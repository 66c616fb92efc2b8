/// One level of the memory hierarchy (register file, cache, SRAM, DRAM, flash).
public struct MemoryLevel: Hashable, Sendable, Codable {
    /// Unique within the profile: `L1d`, `L2`, `DRAM`, `globalBuffer`, `registerFile`.
    public var name: String
    /// Capacity of one instance of the level.
    public var sizeBytes: Count?
    /// Bandwidth one instance delivers (per core for a private cache; the whole level when shared).
    public var bandwidthBytesPerSecond: Quantity?
    /// Energy of one access of `accessWidthBits`.
    public var energyPerAccessJoules: Quantity?
    /// Energy of one access relative to one MAC, as accelerator papers tabulate it.
    public var energyPerAccessRelativeToMAC: Quantity?
    /// Width of one access, for the per-access energies.
    public var accessWidthBits: Count?
    /// How many cores (or PEs) share one instance; absent means one instance for the whole device.
    public var sharedByCores: Count?
    /// Number of instances on the device (e.g. one register file per PE).
    public var instanceCount: Count?

    public init(name: String, sizeBytes: Count? = nil, bandwidthBytesPerSecond: Quantity? = nil,
                energyPerAccessJoules: Quantity? = nil, energyPerAccessRelativeToMAC: Quantity? = nil,
                accessWidthBits: Count? = nil, sharedByCores: Count? = nil, instanceCount: Count? = nil) {
        self.name = name
        self.sizeBytes = sizeBytes
        self.bandwidthBytesPerSecond = bandwidthBytesPerSecond
        self.energyPerAccessJoules = energyPerAccessJoules
        self.energyPerAccessRelativeToMAC = energyPerAccessRelativeToMAC
        self.accessWidthBits = accessWidthBits
        self.sharedByCores = sharedByCores
        self.instanceCount = instanceCount
    }
}

/// The memory levels from the innermost (closest to compute) outwards.
public struct MemoryHierarchy: Hashable, Sendable, Codable {
    public var levels: [MemoryLevel]

    public init(levels: [MemoryLevel]) { self.levels = levels }
}
