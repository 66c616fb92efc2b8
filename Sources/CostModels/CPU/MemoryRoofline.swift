/// The memory side of the roofline: which level a working set fits in, at what bandwidth.
///
/// A level with `sharedByCores = s` has `ceil(coreCount / s)` instances (one, when absent);
/// `activeCores` cores use `min(instances, ceil(activeCores / s))` of them, and a working set
/// split across the cores sees their summed capacity and bandwidth. The level chosen is the
/// innermost whose used capacity holds the working set; past the last, the last level. A level
/// without a sourced bandwidth is passed over: its data is priced at the next level out with a
/// bandwidth (a conservative bound until a profiler measures it).
struct MemoryRoofline {
    struct Level {
        var name: String
        var capacityBytes: Int
        var bandwidthBytesPerSecond: Double
    }

    let levels: [Level]

    /// `levels` must have sizes, and the last a bandwidth (checked when a cpu profile loads).
    init(levels: [MemoryLevel], coreCount: Int, activeCores: Int) {
        self.levels = levels.compactMap { level in
            guard let bandwidth = level.bandwidthBytesPerSecond?.value, let size = level.sizeBytes?.value else { return nil }
            let shared = min(level.sharedByCores?.value ?? coreCount, coreCount)
            let instances = (coreCount + shared - 1) / shared
            let used = min(instances, (activeCores + shared - 1) / shared)
            return Level(name: level.name, capacityBytes: size * used, bandwidthBytesPerSecond: bandwidth * Double(used))
        }
    }

    /// - Complexity: O(levels).
    func level(forWorkingSetBytes bytes: Int) -> Level {
        levels.first { bytes <= $0.capacityBytes } ?? levels[levels.count - 1]
    }
}
