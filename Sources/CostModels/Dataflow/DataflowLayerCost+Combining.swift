extension DataflowLayerCost {
    /// The parts of one network layer (e.g. squeeze-excite's pass and two convolutions) run one
    /// after another, or the layers of a network in total: cycles, MACs, accesses and energy add
    /// (an energy is nil when any part's is); utilisation is over the summed cycles.
    public init(combining parts: [DataflowLayerCost], name: String) {
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
                accesses[k].energyJoules = Self.sum(accesses[k].energyJoules, access.energyJoules)
                accesses[k].energyRelativeToMAC = Self.sum(accesses[k].energyRelativeToMAC, access.energyRelativeToMAC)
            } else {
                accesses.append(access)
            }
        }
        let compute = parts.reduce(0) { $0 + $1.computeCycles }, macs = parts.reduce(0) { $0 + $1.macs }
        let busy = parts.reduce(0.0) { $0 + $1.utilization * Double($1.computeCycles) }
        self.init(name: name, macs: macs, computeCycles: compute, stallCycles: parts.reduce(0) { $0 + $1.stallCycles },
                  utilization: compute == 0 ? 0 : busy / Double(compute), accesses: accesses,
                  latencySeconds: parts.reduce(0) { $0 + $1.latencySeconds },
                  energyJoules: parts.map(\.energyJoules).reduce(0, Self.sum),
                  energyRelativeToMAC: parts.map(\.energyRelativeToMAC).reduce(0, Self.sum),
                  onChipBufferBytes: parts.compactMap(\.onChipBufferBytes).max())
    }

    private static func sum(_ a: Double?, _ b: Double?) -> Double? { a.flatMap { a in b.map { a + $0 } } }
}
