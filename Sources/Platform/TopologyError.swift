/// Why the machine's topology could not be read.
public enum TopologyError: Error, Equatable, CustomStringConvertible {
    /// `hwloc_topology_init` failed, which in practice means out of memory.
    case hwlocInitFailed(errno: Int32)
    /// `hwloc_topology_load` failed: hwloc could not discover the machine
    /// (e.g. `/sys` or `/proc` not mounted, or `HWLOC_XMLFILE` naming a bad file).
    case hwlocLoadFailed(errno: Int32)
    /// Neither `sysconf(_SC_PHYS_PAGES)` nor `/proc/meminfo` gave the memory size.
    case totalMemoryUnavailable

    public var description: String {
        switch self {
        case .hwlocInitFailed(let code):
            "hwloc_topology_init failed (errno \(code)); cannot read the machine topology"
        case .hwlocLoadFailed(let code):
            "hwloc_topology_load failed (errno \(code)); check that /sys and /proc are "
                + "mounted and that HWLOC_XMLFILE, if set, names a valid topology file"
        case .totalMemoryUnavailable:
            "total memory unknown: sysconf(_SC_PHYS_PAGES) failed and /proc/meminfo has no MemTotal"
        }
    }
}
