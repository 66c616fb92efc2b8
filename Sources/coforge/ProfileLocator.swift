import CostModels
import Foundation
import Profiling

/// Finds a profile named on the command line: a file path, or an id such as `xeon-gold-6226`
/// looked up as `<id>.yaml` in `$COFORGE_PROFILES_DIR` and then `./HardwareProfiles`.
enum ProfileLocator {
    static func load(_ spec: String) throws -> HardwareProfile {
        let url = try locate(spec)
        do { return try HardwareProfile(contentsOf: url) } catch { throw CommandError(error.description) }
    }

    static var directories: [URL] {
        var dirs: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["COFORGE_PROFILES_DIR"], !dir.isEmpty {
            dirs.append(URL(fileURLWithPath: dir))
        }
        dirs.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("HardwareProfiles"))
        return dirs
    }

    static func locate(_ spec: String) throws -> URL {
        if FileManager.default.fileExists(atPath: spec) { return URL(fileURLWithPath: spec) }
        for dir in directories {
            let url = dir.appendingPathComponent(spec + ".yaml")
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        let ids = directories.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        }
        let known = ids.isEmpty ? "no profiles found in \(directories.map(\.path).joined(separator: ", "))"
            : "known ids: \(Set(ids).sorted().joined(separator: ", "))"
        throw CommandError("no profile \"\(spec)\": not a file, and no \(spec).yaml in \(directories.map(\.path).joined(separator: " or ")); \(known)")
    }
}

extension ProfileLocator {
    /// The CPU cost model of a profile file or id; a profile of another kind is refused by name.
    static func cpuModel(_ spec: String, threads: Int?) throws -> CPUCostModel {
        let hardware = try load(spec)
        do { return try CPUCostModel(profile: hardware, threads: threads) } catch { throw CommandError("\(spec): \(error.description)") }
    }
}

extension ProfileLocator {
    /// The calibration basis of a profile's cost model: kernel seconds of a CPU profile, per-layer
    /// latency of an accelerator profile; other kinds are refused by name.
    static func regressorBasis(_ spec: String, threads: Int?) throws -> RegressorBasis {
        let hardware = try load(spec)
        do {
            switch hardware.kind {
            case .cpu: return .profile(try CPUCostModel(profile: hardware, threads: threads))
            case .asicDataflow: return .dataflow(try DataflowCostModel(profile: hardware))
            case .mcu, .analogCrossbar:
                throw CostModelError("no calibration basis for kind \(hardware.kind.rawValue); expected a cpu or asic-dataflow profile")
            }
        } catch { throw CommandError("\(spec): \(error)") }
    }
}
