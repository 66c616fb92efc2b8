import Foundation
import Platform

/// What `coforge profile` reads rather than measures: hwloc's topology (packages, cores,
/// hardware threads, caches with sizes and sharing), the memory size from the OS, the CPU model,
/// its nominal clock and widest vector unit from `/proc/cpuinfo`, and OpenBLAS's core type.
public struct MachineFacts: Sendable {
    public var topology: MachineTopology
    /// The clock in the model string (`… @ 2.50GHz`), else `cpu MHz` of `/proc/cpuinfo`.
    public var nominalClockHz: Double?
    public var vectorWidthBits: Int
    public var architecture: String
    public var blasCore: String

    public static func current() throws -> MachineFacts {
        let topology = try MachineTopology.current()
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return MachineFacts(topology: topology, nominalClockHz: nominalClock(model: topology.cpuModel, cpuinfo: cpuinfo),
                            vectorWidthBits: vectorWidth(cpuinfo: cpuinfo), architecture: machineArchitecture,
                            blasCore: BLAS.coreName)
    }

    /// `2.5e9` from `Intel(R) Xeon(R) Processor @ 2.50GHz`, else the first `cpu MHz` × 10⁶.
    static func nominalClock(model: String?, cpuinfo: String) -> Double? {
        if let model, let at = model.range(of: "@ ", options: .backwards) {
            let text = model[at.upperBound...].trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("GHz"), let ghz = Double(text.dropLast(3)) { return ghz * 1e9 }
        }
        return field("cpu MHz", in: cpuinfo).flatMap(Double.init).map { $0 * 1e6 }
    }

    /// 512 with AVX-512F, 256 with AVX, 128 with SSE2 or Arm ASIMD/NEON (the `flags` or
    /// `Features` line), else 128.
    static func vectorWidth(cpuinfo: String) -> Int {
        let flags = Set((field("flags", in: cpuinfo) ?? field("Features", in: cpuinfo) ?? "").split(separator: " ").map(String.init))
        if flags.contains("avx512f") { return 512 }
        if flags.contains("avx") { return 256 }
        return 128
    }

    static func field(_ name: String, in cpuinfo: String) -> String? {
        for line in cpuinfo.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    static var machineArchitecture: String {
        #if arch(x86_64)
        "x86_64"
        #elseif arch(arm64)
        "aarch64"
        #else
        "unknown"
        #endif
    }
}
