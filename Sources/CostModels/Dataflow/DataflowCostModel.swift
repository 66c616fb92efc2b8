import NetworkIR

/// Cycles, energy and area of a network on a dataflow accelerator profile (`kind: asic-dataflow`).
///
/// The network is priced as the accelerator runs it at batch 1, layer by layer (Chen et al.,
/// JSSC 2017): batch norms and relu-family activations that the `InferencePlan` folds into a
/// convolution cost nothing; every other layer becomes `DataflowStep`s. Convolutions map with the
/// profile's dataflow: row stationary (`RowStationaryMapping`, `RowStationaryAccesses`,
/// `GlobalBufferTiling`); output-, weight- and input-stationary through
/// `SystolicMapping.cost(of:on:)` (`DataflowLayerCost(systolic:on:levels:energy:)`). Latency = Σ (compute + stall cycles) / `coreClockHz`. Energy =
/// Σ MACs × `macEnergyJoules` + Σ words × energy per word at each level (`DataflowEnergyTable`).
/// Area = PEs × `peAreaSquareMillimetres` + global-buffer KiB × `sramAreaSquareMillimetresPerKibibyte`.
/// Peak memory is the largest on-chip footprint (global-buffer tile + busy PEs' scratch pads).
public struct DataflowCostModel: CostModel {
    public let profile: HardwareProfile
    public let section: DataflowSection
    public let array: DataflowArray
    public let energy: DataflowEnergyTable

    public init(profile: HardwareProfile) throws(CostModelError) {
        guard profile.kind == .asicDataflow, let section = profile.asicDataflow else {
            throw CostModelError("\(profile.name) is a profile of kind \(profile.kind.rawValue); the dataflow cost model needs kind asic-dataflow")
        }
        self.profile = profile
        self.section = section
        array = try DataflowArray(profile: profile, section: section)
        energy = DataflowEnergyTable(profile: profile, section: section)
        systolic = SystolicArray(dataflow: section.dataflow, array: array, clockHz: profile.clocks.coreClockHz.value)
        levelNames = Set(profile.memory.levels.map(\.name))
    }

    /// The SCALE-Sim array of an output-, weight- or input-stationary profile; nil for row stationary.
    let systolic: SystolicArray?
    let levelNames: Set<String>

    var clockHz: Double { profile.clocks.coreClockHz.value }

    /// - Complexity: O(L · M) for L layers and M the mapping search of one distinct convolution
    ///   shape (shapes repeated within the network are mapped once).
    public func cost(of network: Network) throws -> DataflowEstimate {
        let plan = InferencePlan(fusing: network)
        var layers: [DataflowLayerCost] = [], indices: [Int] = []
        var memo: [DataflowLayer: DataflowLayerCost] = [:]
        for i in plan.network.layers.indices where plan.absorbingLayer(of: i) == nil {
            let steps = DataflowStep.steps(forLayer: i, of: plan.network, averagePooling: section.averagePooling ?? .bufferPass)
            guard !steps.isEmpty else { continue }
            let parts = steps.map { step in
                switch step {
                case .convolution(let layer):
                    var key = layer
                    key.name = ""
                    if let known = memo[key] { return known }
                    let cost = systolic.map { DataflowLayerCost(systolic: layer, on: $0, levels: levelNames, energy: energy) }
                        ?? DataflowLayerCost(rowStationary: layer, on: array, energy: energy, clockHz: clockHz)
                    memo[key] = cost
                    return cost
                case .bufferPass(let reads, let writes):
                    return DataflowLayerCost(bufferPass: "", readWords: reads, writeWords: writes, on: array,
                                             energy: energy, clockHz: clockHz)
                }
            }
            layers.append(DataflowLayerCost(combining: parts, name: plan.network.layers[i].name))
            indices.append(i)
        }
        return estimate(layers, indices)
    }

    func estimate(_ layers: [DataflowLayerCost], _ indices: [Int]) -> DataflowEstimate {
        let compute = layers.reduce(0) { $0 + $1.computeCycles }, stall = layers.reduce(0) { $0 + $1.stallCycles }
        let macs = layers.reduce(0) { $0 + $1.macs }
        var notes: [String] = []
        let energies = layers.map(\.energyJoules)
        let total: Double? = energies.contains { $0 == nil } ? nil : energies.reduce(0) { $0 + $1! }
        if total == nil { notes.append("energy not available: the profile lacks asicDataflow.macEnergyJoules or a level's energy per access") }
        var byLevel: [String: Double] = [:]
        if let mac = energy.macJoules { byLevel["MAC"] = Double(macs) * mac }
        for layer in layers { for access in layer.accesses { byLevel[access.level, default: 0] += access.energyJoules ?? 0 } }
        let order = ["MAC"] + profile.memory.levels.map(\.name)
        let shares = order.compactMap { level in byLevel[level].map { DataflowEstimate.EnergyShare(level: level, energyJoules: $0) } }
        let area = self.area
        if area == nil { notes.append("area not available: the profile lacks asicDataflow.peAreaSquareMillimetres or sramAreaSquareMillimetresPerKibibyte") }
        if array.dramWordsPerCycle == nil { notes.append("no DRAM bandwidth in the profile: no stall cycles") }
        return DataflowEstimate(
            layers: layers, layerIndices: indices, macs: macs, computeCycles: compute, stallCycles: stall,
            latencySeconds: layers.reduce(0) { $0 + $1.latencySeconds }, energyJoules: total, energyByLevel: shares,
            areaSquareMillimetres: area, peakMemoryBytes: layers.compactMap(\.onChipBufferBytes).max() ?? 0,
            utilization: compute == 0 ? 0 : Double(macs) / Double(array.peCount * array.macsPerPEPerCycle * compute),
            notes: notes)
    }

    /// PEs × area per PE + global buffer KiB × SRAM area per KiB.
    public var area: Double? {
        guard let pe = section.peAreaSquareMillimetres?.value, let sram = section.sramAreaSquareMillimetresPerKibibyte?.value
        else { return nil }
        return Double(array.peCount) * pe + Double(array.globalBufferWords) * array.wordBytes / 1024 * sram
    }
}
