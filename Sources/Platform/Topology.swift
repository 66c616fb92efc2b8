import CHwloc

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine as hwloc (2.x) discovers it: packages, cores, hardware threads and
/// caches, for this process's allowed processors.
///
/// Owns the loaded hwloc topology and destroys it when the value goes away, which
/// is why it cannot be copied. Most callers want the plain snapshot
/// `MachineTopology.current()` instead.
public struct Topology: ~Copyable {
    private let handle: hwloc_topology_t

    /// Discovers the machine. Throws `TopologyError` when hwloc cannot start or
    /// cannot read the hardware description.
    public init() throws {
        var created: hwloc_topology_t?
        guard hwloc_topology_init(&created) == 0, let created else {
            throw TopologyError.hwlocInitFailed(errno: errno)
        }
        // hwloc drops instruction caches unless asked; keep them so L1i is reported.
        _ = hwloc_topology_set_icache_types_filter(created, HWLOC_TYPE_FILTER_KEEP_ALL)
        guard hwloc_topology_load(created) == 0 else {
            let code = errno
            hwloc_topology_destroy(created)
            throw TopologyError.hwlocLoadFailed(errno: code)
        }
        handle = created
    }

    deinit {
        hwloc_topology_destroy(handle)
    }

    /// Physical processor packages (sockets).
    public var packageCount: Int { count(HWLOC_OBJ_PACKAGE) }

    /// Hardware threads (hwloc "PU"s).
    public var processingUnitCount: Int { count(HWLOC_OBJ_PU) }

    /// Physical cores, or the hardware threads where hwloc found no core objects
    /// (it leaves them out when the platform does not say which threads share a core).
    public var coreCount: Int { count(coreType) }

    /// The processor name from hwloc's `CPUModel` info attribute, which it sets on
    /// each package (on x86 Linux) or on the root object; nil when absent.
    public var cpuModel: String? {
        for object in objects(HWLOC_OBJ_PACKAGE) + [hwloc_get_root_obj(handle)].compactMap({ $0 }) {
            if let model = hwloc_obj_get_info_by_name(object, "CPUModel") {
                let name = String(cString: model)
                if !name.isEmpty { return name }
            }
        }
        return nil
    }

    /// Every cache level and kind hwloc found, identical instances merged into one
    /// entry with their count. Sorted by level, kind, then size.
    public var caches: [MachineTopology.Cache] {
        let sharingType = coreType
        var instances: [MachineTopology.Cache: Int] = [:]
        for type in Self.cacheTypes {
            for object in objects(type) {
                guard let attributes = object.pointee.attr?.pointee.cache else { continue }
                let kind: MachineTopology.Cache.Kind =
                    switch attributes.type {
                    case HWLOC_OBJ_CACHE_DATA: .data
                    case HWLOC_OBJ_CACHE_INSTRUCTION: .instruction
                    default: .unified
                    }
                let sharing = hwloc_get_nbobjs_inside_cpuset_by_type(
                    handle, object.pointee.cpuset, sharingType)
                let cache = MachineTopology.Cache(
                    level: Int(attributes.depth), kind: kind,
                    sizeBytes: Int(attributes.size), lineSizeBytes: Int(attributes.linesize),
                    associativity: Int(attributes.associativity),
                    coresSharing: max(0, Int(sharing)), instanceCount: 0)
                instances[cache, default: 0] += 1
            }
        }
        return instances.map { cache, count in
            var cache = cache
            cache.instanceCount = count
            return cache
        }.sorted { ($0.level, $0.kind, $0.sizeBytes) < ($1.level, $1.kind, $1.sizeBytes) }
    }

    private static let cacheTypes: [hwloc_obj_type_t] = [
        HWLOC_OBJ_L1CACHE, HWLOC_OBJ_L2CACHE, HWLOC_OBJ_L3CACHE, HWLOC_OBJ_L4CACHE,
        HWLOC_OBJ_L5CACHE, HWLOC_OBJ_L1ICACHE, HWLOC_OBJ_L2ICACHE, HWLOC_OBJ_L3ICACHE,
    ]

    private var coreType: hwloc_obj_type_t {
        count(HWLOC_OBJ_CORE) > 0 ? HWLOC_OBJ_CORE : HWLOC_OBJ_PU
    }

    /// hwloc answers -1 for a type found at several depths (only groups can be).
    private func count(_ type: hwloc_obj_type_t) -> Int {
        max(0, Int(hwloc_get_nbobjs_by_type(handle, type)))
    }

    private func objects(_ type: hwloc_obj_type_t) -> [hwloc_obj_t] {
        (0..<count(type)).compactMap { hwloc_get_obj_by_type(handle, type, UInt32($0)) }
    }
}
