extension DataflowLayerCost {
    /// The parts of one network layer (e.g. squeeze-excite's pass and two convolutions) run one
    /// after another: cycles, MACs, accesses and energy add; utilisation is over the summed cycles.
    init(combining parts: [DataflowLayerCost], name: String) {
        if parts.count == 1 {
            self = parts[0]
            self.name = name
            return
        }
        var accesses: [LevelAccesses] = []
        for access in parts.flatMap(\.accesses) {
            if let k = accesses.firstIndex(where: { $0.level == access.level }) {
                accesses[k].readWords += access.readWords
                accesses[k].writeWords += access.writeWords
                accesses[k].energyJoules = accesses[k].energyJoules.flatMap { a in access.energyJoules.map { a + $0 } }
            } else {
                accesses.append(access)
            }
        }
        let compute = parts.reduce(0) { $0 + $1.computeCycles }, macs = parts.reduce(0) { $0 + $1.macs }
        let busy = parts.reduce(0.0) { $0 + $1.utilization * Double($1.computeCycles) }
        let energies = parts.map(\.energyJoules)
        self.init(name: name, macs: macs, computeCycles: compute, stallCycles: parts.reduce(0) { $0 + $1.stallCycles },
                  utilization: compute == 0 ? 0 : busy / Double(compute), accesses: accesses,
                  latencySeconds: parts.reduce(0) { $0 + $1.latencySeconds },
                  energyJoules: energies.contains { $0 == nil } ? nil : energies.reduce(0) { $0 + $1! },
                  onChipBufferBytes: parts.compactMap(\.onChipBufferBytes).max())
    }
}
