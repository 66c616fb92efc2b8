import CostModels
import Foundation

/// What `coforge systolic` prints: per-layer cycles, utilisation, accesses and energy, and totals.
struct SystolicReport: Encodable {
    /// One row: a layer, or the total over layers.
    struct Entry: Encodable {
        var name: String
        var macs: Int
        var computeCycles: Int
        var stallCycles: Int
        var utilization: Double
        var accesses: [DataflowLayerCost.LevelAccesses]
        var latencySeconds: Double?
        var energyJoules: Double?
        var energyRelativeToMAC: Double?
    }

    var array: SystolicArray
    var layers: [Entry]
    var total: Entry
    var energyNote: String?

    enum CodingKeys: String, CodingKey { case array, layers, total, energyNote }

    init(array: SystolicArray, costs: [DataflowLayerCost], energyNote: String?) {
        self.array = array
        self.energyNote = energyNote
        layers = costs.map { Entry($0, clocked: array.clockHz != nil) }
        total = Entry(DataflowLayerCost(combining: costs, name: "total"), clocked: array.clockHz != nil)
    }

    func json() throws -> String { try sortedJSON(pretty: true) }

    func table() -> String {
        let energyHeader = array.energy.map { $0.unit == .joules ? "energy µJ" : "energy ×MAC" }
        var header = ["layer", "MACs", "compute cycles", "stall cycles", "util %",
                      "IFMAP SRAM rd", "filter SRAM rd", "OFMAP SRAM wr", "DRAM rd", "DRAM wr"]
        if array.clockHz != nil { header.append("latency µs") }
        if let energyHeader { header.append(energyHeader) }
        let rows = [header] + (layers + [total]).map { entry -> [String] in
            var row = [entry.name, Format.grouped(entry.macs), Format.grouped(entry.computeCycles), Format.grouped(entry.stallCycles),
                       CostReport.fixed(entry.utilization * 100, digits: 2)]
            row += entry.accesses.map { $0.level == "ofmapSRAM" ? $0.writeWords : $0.readWords }.map(Format.grouped)
            row.append(Format.grouped(entry.accesses.last?.writeWords ?? 0))
            if let latency = entry.latencySeconds { row.append(CostReport.fixed(latency * 1e6, digits: 3)) }
            if let joules = entry.energyJoules { row.append(CostReport.fixed(joules * 1e6, digits: 3)) }
            if let relative = entry.energyRelativeToMAC { row.append(Format.grouped(Int(relative.rounded()))) }
            return row
        }
        var lines = ["\(array.rows)×\(array.columns) systolic array, \(array.dataflow.rawValue), SRAM KiB "
                     + "\(array.ifmapSRAMBytes / 1024)/\(array.filterSRAMBytes / 1024)/\(array.ofmapSRAMBytes / 1024), "
                     + "\(array.wordBytes)-byte words, DRAM "
                     + (array.dramWordsPerCycle.map { "\($0) words/cycle" } ?? "ideal bandwidth"), "",
                     Format.table(rows, leftColumns: 1), ""]
        if let energy = array.energy {
            lines.append("energy: MACs + SRAM words × \(energy.perSRAMWord) (\(energy.sramLevel)) + DRAM words × \(energy.perDRAMWord) (\(energy.dramLevel)), "
                         + (energy.unit == .joules ? "joules" : "in MAC energies"))
        } else if let energyNote {
            lines.append("energy: \(energyNote)")
        }
        return lines.joined(separator: "\n")
    }
}

extension SystolicReport.Entry {
    /// The row of `cost`; without a clock the latency is left out.
    init(_ cost: DataflowLayerCost, clocked: Bool) {
        self.init(name: cost.name, macs: cost.macs, computeCycles: cost.computeCycles, stallCycles: cost.stallCycles,
                  utilization: cost.utilization, accesses: cost.accesses, latencySeconds: clocked ? cost.latencySeconds : nil,
                  energyJoules: cost.energyJoules, energyRelativeToMAC: cost.energyRelativeToMAC)
    }
}
