/// What the machine offers to a workload: sockets, cores, hardware threads, caches
/// and memory, as plain values that can be stored in a hardware profile.
///
/// Counts are of what this process may use: in a container or under `taskset`,
/// hwloc leaves out the processors the process is not allowed to run on.
public struct MachineTopology: Codable, Hashable, Sendable {
    /// Physical processor packages (sockets).
    public var packageCount: Int
    /// Physical cores. Where hwloc cannot tell cores apart (some virtual machines
    /// expose only logical processors), this equals `processingUnitCount`.
    public var coreCount: Int
    /// Hardware threads: greater than `coreCount` when SMT (Hyper-Threading) is on.
    public var processingUnitCount: Int
    /// Caches, one entry per distinct (level, kind, size, line size, sharing)
    /// combination, ordered by level then kind. A hybrid CPU whose cores have
    /// different L2 sizes has one entry per size.
    public var caches: [Cache]
    /// The marketing name of the processor, e.g. `Intel(R) Xeon(R) CPU @ 2.20GHz`,
    /// or nil when neither hwloc nor `/proc/cpuinfo` gives one.
    public var cpuModel: String?
    /// Physical memory as the operating system reports it (not hwloc, which
    /// under-reports on some virtual machines). A cgroup memory limit is not applied.
    public var totalMemoryBytes: Int

    public init(
        packageCount: Int, coreCount: Int, processingUnitCount: Int,
        caches: [Cache], cpuModel: String?, totalMemoryBytes: Int
    ) {
        self.packageCount = packageCount
        self.coreCount = coreCount
        self.processingUnitCount = processingUnitCount
        self.caches = caches
        self.cpuModel = cpuModel
        self.totalMemoryBytes = totalMemoryBytes
    }

    /// Reads the topology of the machine this process runs on.
    ///
    /// Throws `TopologyError` when hwloc cannot be initialised or cannot discover
    /// the machine, or when the operating system does not report its memory size.
    public static func current() throws -> MachineTopology {
        guard let memory = SystemMemory.totalBytes() else {
            throw TopologyError.totalMemoryUnavailable
        }
        let topology = try Topology()
        return MachineTopology(
            packageCount: topology.packageCount,
            coreCount: topology.coreCount,
            processingUnitCount: topology.processingUnitCount,
            caches: topology.caches,
            cpuModel: topology.cpuModel ?? CPUInfo.modelName(),
            totalMemoryBytes: memory)
    }

    /// The caches at `level` (1 for L1) of the given kind, possibly several for a
    /// hybrid CPU.
    public func caches(level: Int, kind: Cache.Kind) -> [Cache] {
        caches.filter { $0.level == level && $0.kind == kind }
    }
}
