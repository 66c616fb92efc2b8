import NetworkIR

/// Latency, peak SRAM, flash and energy of a network on a microcontroller profile, for one of
/// its runtimes (`mcu.runtimes`) and that runtime's kernel library (`mcu.kernelLibraries`).
///
/// The network is priced as an int8 (or `bits`-wide) runtime executes it: every batch norm
/// folded into its convolution and every ReLU-family activation fused into its producer
/// (`InferencePlan`), as the TFLite converter and TinyEngine's code generator do.
/// - Latency = Σ over executed layers of cycles / `clocks.coreClockHz`, where a layer's cycles
///   are MACs × the library's cycles per MAC for its class (conv, depthwise, pointwise, linear),
///   or, for memory-bound layers, bytes × cycles per byte (add and activations on the output,
///   pooling on the input, requantising copies on the output); plus the first read of its weights
///   from flash, `(flashReadCycles − 1) · ⌈weight bytes / flashLineBytes⌉` when the profile
///   has both; plus `layerOverheadCycles`. Views run no kernel and cost nothing. The cycle
///   figures are int8 measurements; at 4 or 16 bits the per-MAC figures are kept (CMSIS-NN widens
///   int8 to 16-bit lanes for its dual MACs, and unpacks int4 weights to them) while per-byte
///   costs follow the byte counts.
/// - Peak SRAM = the arena of `ArenaPlanner` over `ArenaLayout`'s buffers in the order
///   `ExecutionOrder` picks, + `arenaOverheadBytesPerTensor` per activation (views excluded) and parameter tensor
///   + `arenaBytesPerOutputChannel` per conv/linear output channel + `runtimeSRAMBytes`.
/// - Flash = weights at `bits` + an int32 bias and `flashBytesPerOutputChannel` per output channel
///   + `flashBytesPerTensor` per tensor + `operatorCodeBytes` per operator class used + `runtimeCodeBytes`.
/// - Energy = latency × `power.activePowerWatts` (a model, flagged `modelledFromPower`, or
///   `modelledFromProxyPower` when the figure is another device's).
public struct MCUCostModel: CostModel {
    public let profile: HardwareProfile
    public let mcu: MCUSection
    public let runtimeName: String
    public let runtime: MCURuntime
    public let kernels: MCUKernelTable
    /// Bits per weight and per activation.
    public let bits: Int
    public let planner: ArenaPlanner

    public static let supportedBits = [4, 8, 16]

    public init(profile: HardwareProfile, runtime: String? = nil, bits: Int = 8, planner: ArenaPlanner = ArenaPlanner()) throws(CostModelError) {
        guard profile.kind == .mcu, let mcu = profile.mcu else {
            throw CostModelError("\(profile.name) is a profile of kind \(profile.kind.rawValue); the microcontroller cost model needs kind mcu")
        }
        let name = runtime ?? mcu.defaultRuntime
        guard let chosen = mcu.runtimes[name] else {
            throw CostModelError("\(profile.name) has no runtime \"\(name)\"; it has \(mcu.runtimes.keys.joined(separator: ", "))")
        }
        guard let kernels = mcu.kernelLibraries[chosen.kernelLibrary] else {
            throw CostModelError("\(profile.name): runtime \(name) names kernel library \(chosen.kernelLibrary), which the profile lacks")
        }
        guard Self.supportedBits.contains(bits) else {
            throw CostModelError("bits must be one of \(Self.supportedBits.map(String.init).joined(separator: ", ")), got \(bits)")
        }
        self.profile = profile
        self.mcu = mcu
        runtimeName = name
        self.runtime = chosen
        self.kernels = kernels
        self.bits = bits
        self.planner = planner
    }

    public var rules: ArenaRules { ArenaRules(runtime: runtime, activationBits: bits) }

    public func cost(of network: Network) throws -> MCUCostEstimate {
        let inference = InferencePlan(fusing: network).network
        let plan = try arenaPlan(for: inference)
        let stepOf = Dictionary(uniqueKeysWithValues: plan.executionOrder.enumerated().map { ($1, $0) })
        let order = inference.layers.indices.sorted { stepOf[inference.layers[$0].name]! < stepOf[inference.layers[$1].name]! }
        let offsets = Dictionary(uniqueKeysWithValues: plan.tensors.map { ($0.name, $0.offsetBytes) })
        let activeQuantity = profile.power?.activePowerWatts
        let activePower = activeQuantity?.value
        let energyBasis = CostEstimate.EnergyBasis(power: activeQuantity, of: profile)
        let clockHz = profile.clocks.coreClockHz.value

        var layers: [MCULayerCost] = []
        var flash = MCUFlashImage(runtime: runtime, bits: bits)
        var outputChannels = 0
        for i in order {
            var layer = layerCost(inference, i, clockHz: clockHz)
            layer.energyJoules = activePower.map { layer.latencySeconds * $0 }
            layer.outputOffsetBytes = offsets[layer.name]
            layer.parameterFlashBytes = flash.add(inference, layer: i, operatorClass: layer.operatorClass)
            outputChannels += flash.outputChannels(inference, layer: i)
            layers.append(layer)
        }
        // Views (identities, flatten, folded layers) are no tensors of their own in a deployed model.
        let views = Set(layers.filter { $0.operatorClass == .view }.map(\.name))
        let tensorCount = plan.tensors.count(where: { !views.contains($0.name) }) + flash.parameterTensorCount
        let overhead = (runtime.arenaOverheadBytesPerTensor?.value ?? 0) * tensorCount
            + (runtime.arenaBytesPerOutputChannel?.value ?? 0) * outputChannels
        let runtimeSRAM = runtime.runtimeSRAMBytes?.value ?? 0
        let cycles = layers.reduce(0) { $0 + $1.cycles }
        let latency = cycles / clockHz
        var notes: [String] = []
        if activePower == nil { notes.append("no power.activePowerWatts in the profile: energy not available") }
        if energyBasis == .modelledFromProxyPower, let source = activeQuantity?.source {
            notes.append(CostEstimate.EnergyBasis.proxyNote(powerKey: "power.activePowerWatts", source: source))
        }
        if plan.memory.isOptimal {
            notes.append("memory plan reaches the live-bytes lower bound (optimal for this order)")
        } else {
            notes.append("memory plan is \(plan.arenaBytes - plan.memory.lowerBoundBytes) B above the live-bytes lower bound \(plan.memory.lowerBoundBytes) B")
        }
        return MCUCostEstimate(
            runtime: runtimeName, kernelLibrary: runtime.kernelLibrary, bits: bits, latencySeconds: latency, cycles: cycles,
            energyJoules: activePower.map { latency * $0 }, energyBasis: energyBasis,
            idlePowerWatts: profile.power?.idlePowerWatts?.value,
            peakSRAMBytes: plan.arenaBytes + overhead + runtimeSRAM, arenaBytes: plan.arenaBytes, arenaOverheadBytes: overhead,
            runtimeSRAMBytes: runtimeSRAM, sramLimitBytes: mcu.arenaLimitBytes,
            flashBytes: flash.totalBytes(tensorCount: tensorCount), weightFlashBytes: flash.weightBytes,
            metadataFlashBytes: flash.metadataBytes(tensorCount: tensorCount), codeFlashBytes: flash.codeBytes,
            flashLimitBytes: mcu.flashBytes.value, plan: plan, layers: layers, notes: notes)
    }

    /// The memory plan of a network as the runtime executes it (already fused).
    public func arenaPlan(for network: Network) throws -> ArenaPlan {
        let rules = self.rules
        let order = try ExecutionOrder.best(for: network, rules: rules)
        let layout = try ArenaLayout(network: network, order: order, rules: rules)
        let memory = planner.plan(layout.requests)
        let greedy = GreedyBySizePlanner.plan(layout.requests)
        let tensorIDs = (layout.bufferOfTensor[-1] == nil ? [] : [-1]) + order.filter { layout.bufferOfTensor[$0] != nil }
        let tensors = tensorIDs.map { t in
            let b = layout.bufferOfTensor[t]!
            return ArenaTensor(name: t < 0 ? Network.inputName : network.layers[t].name, sizeBytes: layout.tensorBytes[t]!,
                               bufferIndex: b, offsetBytes: memory.buffers[b].offsetBytes)
        }
        return ArenaPlan(executionOrder: order.map { network.layers[$0].name }, memory: memory, tensors: tensors,
                         greedyArenaBytes: greedy.arenaBytes, alignmentBytes: rules.alignmentBytes)
    }

    func layerCost(_ network: Network, _ i: Int, clockHz: Double) -> MCULayerCost {
        let counts = network.counts(ofLayer: i)
        let kind = MCUOperatorClass(network.layers[i].operation, inputs: network.inputShapes(of: i))
        let inputBytes = counts.inputBytes(bits: bits), outputBytes = counts.outputBytes(bits: bits)
        var priced = 0
        var kernel = 0.0
        switch kind {
        case .conv: kernel = Double(counts.macs) * kernels.convCyclesPerMAC.value
        case .depthwise: kernel = Double(counts.macs) * kernels.depthwiseCyclesPerMAC.value
        case .pointwise: kernel = Double(counts.macs) * kernels.pointwiseCyclesPerMAC.value
        case .linear: kernel = Double(counts.macs) * kernels.linearCyclesPerMAC.value
        case .add: (priced, kernel) = (outputBytes, Double(outputBytes) * kernels.addCyclesPerByte.value)
        case .pooling: (priced, kernel) = (inputBytes, Double(inputBytes) * kernels.poolingCyclesPerByte.value)
        case .activation: (priced, kernel) = (outputBytes, Double(outputBytes) * kernels.activationCyclesPerByte.value)
        case .requantization: (priced, kernel) = (outputBytes, Double(outputBytes) * kernels.requantizationCyclesPerByte.value)
        case .view: break
        }
        if case .squeezeExcite = network.layers[i].operation {
            priced = inputBytes
            kernel += Double(inputBytes) * (kernels.poolingCyclesPerByte.value + kernels.requantizationCyclesPerByte.value)
        }
        var stall = 0.0
        if let wait = mcu.flashReadCycles?.value, let line = mcu.flashLineBytes?.value, counts.weightElements > 0 {
            let weightBytes = (counts.weightElements * bits + 7) / 8
            stall = Double((wait - 1) * ((weightBytes + line - 1) / line))
        }
        let overhead = kind == .view ? 0 : kernels.layerOverheadCycles.value
        return MCULayerCost(
            name: network.layers[i].name, operatorClass: kind, macs: counts.macs, pricedBytes: priced, kernelCycles: kernel,
            flashStallCycles: stall, overheadCycles: overhead, latencySeconds: (kernel + stall + overhead) / clockHz,
            energyJoules: nil, parameterFlashBytes: 0, outputBytes: outputBytes, outputOffsetBytes: nil)
    }
}
