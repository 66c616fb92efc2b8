import Engine
import Foundation
import NetworkIR

/// A CSV of networks measured on a device: a network column (anything `NetworkSource` reads;
/// relative JSON paths resolve against the CSV's folder) and a latency column whose name ends in
/// its unit.
struct MeasuredNetworks {
    var networks: [Network] = []
    var latenciesSeconds: [Double] = []

    static let unitSuffixes: [(suffix: String, seconds: Double)] = [("_ms", 1e-3), ("_us", 1e-6), ("_s", 1)]

    init(path: String, networkColumn: String, latencyColumn: String?) throws {
        let csv = try CSVTable(contentsOf: path)
        let networkIndex = try csv.column(networkColumn)
        let latencyName = try latencyColumn ?? Self.onlyLatencyColumn(csv)
        guard let unit = Self.unitSuffixes.first(where: { latencyName.hasSuffix($0.suffix) }) else {
            throw CommandError("\(path): column \"\(latencyName)\" has no unit; expected a name ending in _s, _ms or _us")
        }
        let latencyIndex = try csv.column(latencyName)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for (line, fields) in csv.rows {
            guard let value = Double(fields[latencyIndex]), value > 0, value.isFinite else {
                throw CommandError("\(path) line \(line), column \(latencyName): \"\(fields[latencyIndex])\" is not a latency; expected a positive number")
            }
            var spec = fields[networkIndex]
            if spec.hasSuffix(".json") && !spec.hasPrefix("/") && !FileManager.default.fileExists(atPath: spec) {
                spec = folder.appendingPathComponent(spec).path
            }
            do {
                networks.append(try NetworkSource.load(spec, resolution: nil, classes: nil))
            } catch {
                throw CommandError("\(path) line \(line), column \(networkColumn): \(error)")
            }
            latenciesSeconds.append(value * unit.seconds)
        }
    }

    static func onlyLatencyColumn(_ csv: CSVTable) throws -> String {
        let candidates = csv.header.filter { name in unitSuffixes.contains { name.hasSuffix($0.suffix) } }
        guard candidates.count == 1 else {
            throw CommandError("\(csv.path): give --latency-column; columns with a unit suffix: \(candidates.isEmpty ? "none" : candidates.joined(separator: ", "))")
        }
        return candidates[0]
    }
}
