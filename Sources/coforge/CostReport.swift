import CostModels
import Foundation
import NetworkIR

/// What `coforge cost` prints: the estimate's totals and per-layer table, or its JSON.
struct CostReport {
    var network: Network
    var profile: HardwareProfile
    var estimate: CostEstimate

    /// The estimate's keys plus `network` and `profile`.
    struct Document: Encodable {
        var report: CostReport
        enum Keys: String, CodingKey { case network, profile }

        func encode(to encoder: any Encoder) throws {
            try report.estimate.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(report.network.name, forKey: .network)
            try c.encode(report.profile.name, forKey: .profile)
        }
    }

    func json() throws -> String { try Document(report: self).sortedJSON(pretty: true) }

    func table() -> String {
        var rows = [["#", "layer", "kernel", "FLOPs", "bytes", "level", "bound", "latency µs", "fitted"]]
        for (i, l) in estimate.layers.enumerated() {
            rows.append([String(i), l.name, l.kernelClass.rawValue, Format.grouped(l.flops), Format.grouped(l.bytesMoved),
                         l.memoryLevel, l.isComputeBound ? "compute" : "memory",
                         Self.fixed(l.latencySeconds * 1e6, digits: 3), l.fitted ? "yes" : "no"])
        }
        var totals = [
            "latency       \(Self.fixed(estimate.latencySeconds * 1e3, digits: 4)) ms (\(estimate.latencyBasis.rawValue))",
            "energy        " + (estimate.energyJoules.map {
                "\(Self.fixed($0 * 1e3, digits: 4)) mJ (modelled: latency × \(estimate.energyPowerKey ?? "power"))"
            } ?? "not available (the profile has no power figure)"),
            "peak memory   \(Format.grouped(estimate.peakMemoryBytes)) B (\(Format.bytes(estimate.peakMemoryBytes))) = "
                + "weights \(Format.bytes(estimate.weightBytes)) + peak live activations \(Format.bytes(estimate.peakActivationBytes))",
        ]
        totals += estimate.notes.map { "note: " + $0 }
        let header = "\(network.name) on \(profile.name) (\(profile.kind.rawValue))"
        return ([header, "", Format.table(rows, leftColumns: 3), ""] + totals).joined(separator: "\n")
    }

    static func fixed(_ x: Double, digits: Int) -> String { String(format: "%.\(digits)f", x) }
}
