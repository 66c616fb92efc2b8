import CostModels
import Foundation
import NetworkIR

/// What `coforge cost` prints for a microcontroller profile: totals, the fit check, the memory
/// plan and the per-layer table, or all of it as JSON.
struct MCUCostReport {
    var network: Network
    var profile: HardwareProfile
    var estimate: MCUCostEstimate

    /// The estimate's keys plus `network`, `profile`, `fits` and the overflows.
    struct Document: Encodable {
        var report: MCUCostReport
        enum Keys: String, CodingKey { case network, profile, fits, sramOverflowBytes, flashOverflowBytes }

        func encode(to encoder: any Encoder) throws {
            try report.estimate.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(report.network.name, forKey: .network)
            try c.encode(report.profile.name, forKey: .profile)
            try c.encode(report.estimate.fits, forKey: .fits)
            try c.encode(report.estimate.sramOverflowBytes, forKey: .sramOverflowBytes)
            try c.encode(report.estimate.flashOverflowBytes, forKey: .flashOverflowBytes)
        }
    }

    func json() throws -> String { try Document(report: self).sortedJSON(pretty: true) }

    /// Lines saying by how much the network does not fit; empty when it fits.
    var overflowLines: [String] {
        var lines: [String] = []
        let e = estimate
        if e.sramOverflowBytes > 0 {
            lines.append("DOES NOT FIT: peak SRAM \(Format.grouped(e.peakSRAMBytes)) B exceeds the \(Format.grouped(e.sramLimitBytes)) B available by \(Format.grouped(e.sramOverflowBytes)) B (\(Format.bytes(e.sramOverflowBytes)))")
        }
        if e.flashOverflowBytes > 0 {
            lines.append("DOES NOT FIT: flash \(Format.grouped(e.flashBytes)) B exceeds the \(Format.grouped(e.flashLimitBytes)) B available by \(Format.grouped(e.flashOverflowBytes)) B (\(Format.bytes(e.flashOverflowBytes)))")
        }
        return lines
    }

    func table() -> String {
        let e = estimate
        var rows = [["#", "layer", "class", "MACs", "bytes", "cycles", "latency µs", "out offset", "out bytes"]]
        for (i, l) in e.layers.enumerated() where l.operatorClass != .view {
            rows.append([String(i), l.name, l.operatorClass.rawValue, Format.grouped(l.macs), Format.grouped(l.pricedBytes),
                         Format.grouped(Int(l.cycles.rounded())), CostReport.fixed(l.latencySeconds * 1e6, digits: 1),
                         l.outputOffsetBytes.map(Format.grouped) ?? "-", Format.grouped(l.outputBytes)])
        }
        let plan = e.plan
        let ratio = plan.arenaBytes == 0 ? 1 : Double(plan.greedyArenaBytes) / Double(plan.arenaBytes)
        var totals = [
            "runtime       \(e.runtime) (kernels \(e.kernelLibrary)), \(e.bits)-bit weights and activations",
            "latency       \(CostReport.fixed(e.latencySeconds * 1e3, digits: 3)) ms (\(Format.grouped(Int(e.cycles.rounded()))) cycles)",
            "energy        " + (e.energyJoules.map { "\(CostReport.fixed($0 * 1e3, digits: 4)) mJ (modelled: latency × power.activePowerWatts"
                + (e.energyBasis == .modelledFromProxyPower ? ", a proxy device's figure)" : ")") }
                ?? "not available (the profile has no power.activePowerWatts)"),
            "peak SRAM     \(Format.grouped(e.peakSRAMBytes)) B (\(Format.bytes(e.peakSRAMBytes))) of \(Format.bytes(e.sramLimitBytes)) = arena "
                + "\(Format.grouped(e.arenaBytes)) + runtime data \(Format.grouped(e.arenaOverheadBytes)) + runtime \(Format.grouped(e.runtimeSRAMBytes))",
            "arena plan    \(Format.grouped(plan.arenaBytes)) B; TFLM greedy \(Format.grouped(plan.greedyArenaBytes)) B (\(CostReport.fixed(ratio, digits: 3))x ours); "
                + "lower bound \(Format.grouped(plan.memory.lowerBoundBytes)) B; \(plan.memory.buffers.count) buffers, \(plan.memory.strategy)",
            "flash         \(Format.grouped(e.flashBytes)) B (\(Format.bytes(e.flashBytes))) of \(Format.bytes(e.flashLimitBytes)) = weights "
                + "\(Format.grouped(e.weightFlashBytes)) + bias/quantisation/tensors \(Format.grouped(e.metadataFlashBytes)) + code \(Format.grouped(e.codeFlashBytes))",
        ]
        totals += overflowLines
        totals += e.notes.map { "note: " + $0 }
        var buffers = [["buffer", "offset", "bytes", "steps"]]
        for b in plan.memory.buffers {
            buffers.append([b.name, Format.grouped(b.offsetBytes), Format.grouped(b.sizeBytes), "\(b.firstStep)–\(b.lastStep)"])
        }
        let header = "\(network.name) on \(profile.name) (\(profile.kind.rawValue))"
        return ([header, "", Format.table(rows, leftColumns: 3), "", "memory plan (offsets in the arena):",
                 Format.table(buffers, leftColumns: 1), ""] + totals).joined(separator: "\n")
    }
}
