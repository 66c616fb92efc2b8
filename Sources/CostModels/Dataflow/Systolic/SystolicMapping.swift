/// Cost of a layer on a systolic array, matching SCALE-Sim 3.0.0's compute cycles exactly (its
/// ideal-bandwidth `CALC` mode) for output-, weight- and input-stationary dataflows.
public enum SystolicMapping {
    /// Compute cycles, stalls, utilisation, accesses and energy of `layer` on `array`.
    ///
    /// - Compute cycles: `groups · (⌈Sr/R⌉ · ⌈Sc/C⌉ · cyclesPerFold − 1)` (`SystolicFolding`).
    ///   SCALE-Sim has no groups; a grouped or depthwise layer runs as `groups` layers of
    ///   `channels/groups` input and `filterCount/groups` output channels one after the other, as
    ///   SCALE-Sim runs a `DP` topology row as one layer per channel.
    /// - Stall cycles: with DRAM bandwidth `B` words per cycle, the double-buffered SRAMs overlap
    ///   DRAM traffic with compute, so the array waits only for what does not fit under the
    ///   compute time: `max(0, ⌈DRAM words / B⌉ − compute cycles)` (a roofline of SCALE-Sim's
    ///   prefetch-by-set `USER` mode; the first fill before compute is not added). Zero without a
    ///   bandwidth.
    /// - Utilisation: `MACs / (R · C · compute cycles)` (SCALE-Sim's overall utilisation).
    /// - Accesses (`SystolicTraffic`), in words: `ifmapSRAM` and `filterSRAM` reads by the array
    ///   and writes by DRAM fills; `ofmapSRAM` writes by the array and reads by the drain;
    ///   `DRAM` reads (IFMAP + filter) and writes (OFMAP).
    /// - Energy (`SystolicEnergy`): MACs, SRAM and DRAM words at the array's per-word figures, in
    ///   `energyJoules` or `energyRelativeToMAC` by the figures' unit.
    ///
    /// The layer must be well formed: positive sizes, filter no larger than the IFMAP, channels
    /// and filters divisible by `groups` (`SystolicTopology` checks files so).
    ///
    /// - Complexity: O(1): every group has the same shape, so one group's folding is computed.
    public static func cost(of layer: DataflowLayer, on array: SystolicArray) -> DataflowLayerCost {
        precondition(layer.channels % layer.groups == 0 && layer.filterCount % layer.groups == 0,
                     "\(layer.name): channels and filters must divide by groups")
        precondition(layer.outputHeight > 0 && layer.outputWidth > 0, "\(layer.name): filter larger than the IFMAP")
        let folding = SystolicFolding(layer: layer, array: array)
        let traffic = SystolicTraffic(layer: layer, array: array, folding: folding)
        let groups = layer.groups
        let computeCycles = groups * folding.computeCycles
        let macs = groups * folding.macs
        let dramWords = groups * traffic.dramWords
        let stallCycles = array.dramWordsPerCycle.map { max(0, Int((Double(dramWords) / $0).rounded(.up)) - computeCycles) } ?? 0
        var accesses = [
            DataflowLayerCost.LevelAccesses(level: "ifmapSRAM", readWords: groups * traffic.ifmapSRAMReads,
                                            writeWords: groups * traffic.ifmapDRAMReads),
            .init(level: "filterSRAM", readWords: groups * traffic.filterSRAMReads, writeWords: groups * traffic.filterDRAMReads),
            .init(level: "ofmapSRAM", readWords: groups * traffic.ofmapDRAMWrites, writeWords: groups * traffic.ofmapSRAMWrites),
            .init(level: "DRAM", readWords: groups * (traffic.ifmapDRAMReads + traffic.filterDRAMReads),
                  writeWords: groups * traffic.ofmapDRAMWrites),
        ]
        var total: Double?
        if let energy = array.energy {
            for i in accesses.indices {
                let perWord = accesses[i].level == "DRAM" ? energy.perDRAMWord : energy.perSRAMWord
                let words = Double(accesses[i].readWords + accesses[i].writeWords) * perWord
                if energy.unit == .joules { accesses[i].energyJoules = words } else { accesses[i].energyRelativeToMAC = words }
            }
            total = Double(macs) * energy.perMAC + accesses.reduce(0) { $0 + ($1.energyJoules ?? $1.energyRelativeToMAC ?? 0) }
        }
        let cycles = Double(computeCycles + stallCycles)
        return DataflowLayerCost(
            name: layer.name, macs: macs, computeCycles: computeCycles, stallCycles: stallCycles,
            utilization: computeCycles > 0 ? Double(macs) / Double(array.peCount * computeCycles) : 0,
            accesses: accesses, latencySeconds: array.clockHz.map { cycles / $0 } ?? .nan,
            energyJoules: array.energy?.unit == .joules ? total : nil,
            energyRelativeToMAC: array.energy?.unit == .macEnergies ? total : nil)
    }
}
