import NetworkIR

/// Latency, energy and peak memory of a network on a CPU profile.
///
/// Latency is priced on what the Engine executes at inference (`InferencePlan`): a batch norm
/// folded into its convolution and a ReLU-family activation fused into its convolution or linear
/// kernel cost no kernel time (the absorbing kernel's model, measured fused by `coforge profile`,
/// covers them) and only the per-layer overhead of the identity step the Engine still runs;
/// `fusesForInference: false` prices every layer as written. Per executed layer, the roofline (Williams, Waterman & Patterson, CACM 2009) gives
/// `computeSeconds = FLOPs / (peakFLOPsPerCyclePerCore × coreClockHz × cores)` and
/// `memorySeconds = bytes moved / bandwidth`, where the bandwidth is that of the innermost
/// memory level the layer's working set (its bytes moved) fits in (`MemoryRoofline`). The
/// kernel time is the profile's fitted `KernelModel` for the layer's `KernelClass` at this
/// thread count, or else the roofline itself (`latencyBasis` says which). Layer latency adds
/// `cpu.layerOverheadSeconds`; network latency is the sum over layers in execution order.
/// Energy is latency × `power.activePowerWatts` (else `power.thermalDesignPowerWatts`, an upper
/// bound): a model, flagged `modelledFromPower` (`modelledFromProxyPower` for another device's
/// figure). Peak memory is the weights plus the largest live activation set in layer order
/// (`Network.liveActivations`), at `elementBits` per value.
public struct CPUCostModel: CostModel {
    public let profile: HardwareProfile
    public let cpu: CPUSection
    /// Threads the network runs with (one per core).
    public let threads: Int
    /// Bits per activation and weight: 32 for the float32 Engine.
    public let elementBits: Int
    /// Whether latency is priced on the Engine's inference plan (folded batch norms, fused activations).
    public let fusesForInference: Bool

    public init(profile: HardwareProfile, threads: Int? = nil, elementBits: Int = 32,
                fusesForInference: Bool = true) throws(CostModelError) {
        guard profile.kind == .cpu, let cpu = profile.cpu else {
            throw CostModelError("\(profile.name) is a profile of kind \(profile.kind.rawValue); the CPU cost model needs kind cpu")
        }
        let threads = threads ?? cpu.coreCount.value
        guard threads >= 1 else { throw CostModelError("threads must be at least 1, got \(threads)") }
        guard (1...64).contains(elementBits) else { throw CostModelError("elementBits must be 1 to 64, got \(elementBits)") }
        self.profile = profile
        self.cpu = cpu
        self.threads = threads
        self.elementBits = elementBits
        self.fusesForInference = fusesForInference
    }

    /// Cores doing work: the threads, at most one per physical core.
    var activeCores: Int { min(threads, cpu.coreCount.value) }

    public var peakFLOPsPerSecond: Double {
        cpu.peakFLOPsPerCyclePerCore.value * profile.clocks.coreClockHz.value * Double(activeCores)
    }

    var roofline: MemoryRoofline {
        MemoryRoofline(levels: profile.memory.levels, coreCount: cpu.coreCount.value, activeCores: activeCores)
    }

    public func cost(of network: Network) throws -> CostEstimate {
        let overhead = cpu.layerOverheadSeconds?.value ?? 0
        var notes: [String] = []
        if cpu.layerOverheadSeconds == nil { notes.append("no cpu.layerOverheadSeconds in the profile: per-layer overhead taken as 0") }
        var layers: [LayerCost] = []
        var unfitted: Set<KernelClass> = []
        let plan = fusesForInference ? InferencePlan(fusing: network) : InferencePlan(unfused: network)
        for i in network.layers.indices {
            let layer = layerCost(plan, i, overheadSeconds: overhead)
            if !layer.fitted { unfitted.insert(layer.kernelClass) }
            layers.append(layer)
        }
        let fittedCount = layers.count(where: \.fitted)
        let basis: CostEstimate.LatencyBasis = fittedCount == layers.count ? .fitted : fittedCount == 0 ? .rooflineOnly : .partlyFitted
        if !unfitted.isEmpty {
            notes.append("pure roofline (no fitted kernel model at \(threads) threads) for: "
                         + unfitted.map(\.rawValue).sorted().joined(separator: ", "))
        }
        let latency = layers.reduce(0) { $0 + $1.latencySeconds }
        let power = energyPower()
        if power?.key == "power.thermalDesignPowerWatts" {
            notes.append("energy from the thermal design power: an upper bound, not a measurement")
        }
        let energyBasis = CostEstimate.EnergyBasis(power: power?.quantity, of: profile)
        if energyBasis == .modelledFromProxyPower, let power {
            notes.append(CostEstimate.EnergyBasis.proxyNote(powerKey: power.key, source: power.quantity.source))
        }
        for j in layers.indices { layers[j].energyJoules = power.map { layers[j].latencySeconds * $0.quantity.value } }

        let weightBytes = network.totalCounts.parameterBytes(weightBits: elementBits)
        let activationBytes = try network.liveActivations().map { $0.bytes(bits: elementBits) }.max() ?? 0
        return CostEstimate(
            latencySeconds: latency, latencyBasis: basis, energyJoules: power.map { latency * $0.quantity.value },
            energyBasis: energyBasis, energyPowerKey: power?.key,
            peakMemoryBytes: weightBytes + activationBytes, weightBytes: weightBytes,
            peakActivationBytes: activationBytes, layers: layers, notes: notes)
    }

    func layerCost(_ plan: InferencePlan, _ i: Int, overheadSeconds: Double) -> LayerCost {
        let network = plan.network
        if let j = plan.absorbingLayer(of: i) {
            return LayerCost(folded: network.layers[i].name, into: network.layers[j].name,
                             kernelClass: KernelClass(operation: plan.original.layers[i].operation, inputs: network.inputShapes(of: i)),
                             overheadSeconds: overheadSeconds)
        }
        let activation = plan.fusedActivation(of: i)
        let work = LayerWork(network: network, layer: i, elementBits: elementBits, fusedActivation: activation)
        let level = roofline.level(forWorkingSetBytes: work.bytesMoved)
        let computeSeconds = Double(work.flops) / peakFLOPsPerSecond
        let memorySeconds = Double(work.bytesMoved) / level.bandwidthBytesPerSecond
        let rooflineSeconds = max(computeSeconds, memorySeconds)
        var fittedSeconds: Double?
        if let model = cpu.kernelModels?[work.kernelClass.rawValue], model.threads == threads {
            fittedSeconds = model.predictSeconds(
                computeSeconds: computeSeconds, memorySeconds: memorySeconds,
                features: KernelFeatures(network: network, layer: i, fusedActivation: activation))
        }
        let kernelSeconds = fittedSeconds ?? rooflineSeconds
        return LayerCost(
            name: network.layers[i].name, kernelClass: work.kernelClass, flops: work.flops, bytesMoved: work.bytesMoved,
            memoryLevel: level.name, computeSeconds: computeSeconds, memorySeconds: memorySeconds,
            rooflineSeconds: rooflineSeconds, kernelSeconds: kernelSeconds, overheadSeconds: overheadSeconds,
            latencySeconds: kernelSeconds + overheadSeconds, fitted: fittedSeconds != nil, energyJoules: nil)
    }

    private func energyPower() -> (key: String, quantity: Quantity)? {
        if let active = profile.power?.activePowerWatts { return ("power.activePowerWatts", active) }
        if let tdp = profile.power?.thermalDesignPowerWatts { return ("power.thermalDesignPowerWatts", tdp) }
        return nil
    }
}
