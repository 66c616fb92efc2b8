#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Physical memory as the operating system reports it.
///
/// hwloc is not asked: on some virtual machines its NUMA-node memory sums fall
/// well short of what the kernel has.
enum SystemMemory {
    /// `sysconf(_SC_PHYS_PAGES) × page size`, or `MemTotal` from `/proc/meminfo`
    /// when `sysconf` fails; nil when both fail.
    static func totalBytes() -> Int? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        if pages > 0, pageSize > 0 {
            let (bytes, overflow) = pages.multipliedReportingOverflow(by: pageSize)
            if !overflow { return bytes }
        }
        return ProcText.read("/proc/meminfo").flatMap(memTotalBytes(meminfo:))
    }

    /// `MemTotal` from the text of `/proc/meminfo`, which states it in kibibytes
    /// (`MemTotal:       24576000 kB`).
    static func memTotalBytes(meminfo: String) -> Int? {
        guard let value = ProcText.firstValue(of: "MemTotal", in: meminfo) else { return nil }
        let parts = value.split(separator: " ")
        guard parts.count == 2, parts[1] == "kB", let kibibytes = Int(parts[0]) else { return nil }
        let (bytes, overflow) = kibibytes.multipliedReportingOverflow(by: 1024)
        return overflow ? nil : bytes
    }
}
