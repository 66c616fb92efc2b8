import CostModels
import Foundation
import NetworkIR

/// What `coforge cost` prints for an accelerator profile: cycles, utilisation, energy and
/// latency per layer, then the totals with the energy per level and the area; or its JSON
/// `{"network", "profile", "layers": [DataflowLayerCost…], "total": {…}, "notes"}`.
struct DataflowCostReport {
    var network: Network
    var profile: HardwareProfile
    var estimate: DataflowEstimate

    struct Total: Encodable {
        var latencySeconds: Double
        var energyJoules: Double?
        var areaSquareMillimetres: Double?
        var computeCycles: Int
        var stallCycles: Int
        var macs: Int
        var utilization: Double
        var peakMemoryBytes: Int
        var energyByLevel: [DataflowEstimate.EnergyShare]
    }

    struct Document: Encodable {
        var network: String
        var profile: String
        var layers: [DataflowLayerCost]
        var total: Total
        var notes: [String]
    }

    func json() throws -> String {
        let e = estimate
        let total = Total(latencySeconds: e.latencySeconds, energyJoules: e.energyJoules, areaSquareMillimetres: e.areaSquareMillimetres,
                          computeCycles: e.computeCycles, stallCycles: e.stallCycles, macs: e.macs, utilization: e.utilization,
                          peakMemoryBytes: e.peakMemoryBytes, energyByLevel: e.energyByLevel)
        return try Document(network: network.name, profile: profile.name, layers: e.layers, total: total, notes: e.notes)
            .sortedJSON(pretty: true)
    }

    func table() -> String {
        var rows = [["#", "layer", "MACs", "compute cycles", "stall cycles", "utilisation", "energy µJ", "latency µs"]]
        for (i, l) in estimate.layers.enumerated() {
            rows.append([String(i), l.name, Format.grouped(l.macs), Format.grouped(l.computeCycles), Format.grouped(l.stallCycles),
                         CostReport.fixed(l.utilization * 100, digits: 1) + " %",
                         l.energyJoules.map { CostReport.fixed($0 * 1e6, digits: 3) } ?? "-",
                         CostReport.fixed(l.latencySeconds * 1e6, digits: 2)])
        }
        let e = estimate
        var totals = [
            "latency       \(CostReport.fixed(e.latencySeconds * 1e3, digits: 4)) ms = (\(Format.grouped(e.computeCycles)) compute + "
                + "\(Format.grouped(e.stallCycles)) stall cycles) / \(Format.grouped(Int(profile.clocks.coreClockHz.value))) Hz",
            "MACs          \(Format.grouped(e.macs)), utilisation \(CostReport.fixed(e.utilization * 100, digits: 1)) %",
            "energy        " + (e.energyJoules.map { "\(CostReport.fixed($0 * 1e6, digits: 3)) µJ" } ?? "not available"),
        ]
        totals += e.energyByLevel.map { "  \($0.level.padding(toLength: 14, withPad: " ", startingAt: 0))\(CostReport.fixed($0.energyJoules * 1e6, digits: 3)) µJ" }
        totals.append("area          " + (e.areaSquareMillimetres.map { "\(CostReport.fixed($0, digits: 3)) mm²" } ?? "not available"))
        totals.append("peak on-chip  \(Format.grouped(e.peakMemoryBytes)) B (\(Format.bytes(e.peakMemoryBytes)))")
        totals += e.notes.map { "note: " + $0 }
        let header = "\(network.name) on \(profile.name) (\(profile.kind.rawValue), \(profile.asicDataflow?.dataflow.rawValue ?? ""))"
        return ([header, "", Format.table(rows, leftColumns: 2), ""] + totals).joined(separator: "\n")
    }
}
