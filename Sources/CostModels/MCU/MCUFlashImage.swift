import NetworkIR

/// The flash image of a network on a runtime, built layer by layer: weights at the weight
/// width, an int32 bias and the runtime's quantisation data per output channel, a description
/// per tensor, one kernel set per operator class used, and the runtime itself.
struct MCUFlashImage {
    let runtime: MCURuntime
    let bits: Int
    private(set) var weightBytes = 0
    private(set) var channelBytes = 0
    /// Weight and bias tensors.
    private(set) var parameterTensorCount = 0
    private(set) var operatorClasses: Set<MCUOperatorClass> = []

    init(runtime: MCURuntime, bits: Int) {
        self.runtime = runtime
        self.bits = bits
    }

    /// Output channels of a layer that carries weights (conv, linear; both products of squeeze-excite).
    func outputChannels(_ network: Network, layer i: Int) -> Int {
        switch network.layers[i].operation {
        case .conv2d(let conv): conv.outChannels
        case .linear(let linear): linear.outFeatures
        case .squeezeExcite(let se): se.squeezeChannels + network.shapes[i].channels
        default: 0
        }
    }

    /// Adds a layer and returns the flash its parameters take.
    mutating func add(_ network: Network, layer i: Int, operatorClass: MCUOperatorClass) -> Int {
        if operatorClass != .view { operatorClasses.insert(operatorClass) }
        let counts = network.counts(ofLayer: i)
        guard counts.weightElements > 0 else { return 0 }
        let weights = (counts.weightElements * bits + 7) / 8
        let channels = outputChannels(network, layer: i)
        let perChannel = channels * (4 + (runtime.flashBytesPerOutputChannel?.value ?? 0))
        let tensors = network.layers[i].operation.isSqueezeExcite ? 4 : 2
        weightBytes += weights
        channelBytes += perChannel
        parameterTensorCount += tensors
        return weights + perChannel
    }

    var codeBytes: Int { runtime.runtimeCodeBytes.value + (runtime.operatorCodeBytes?.value ?? 0) * operatorClasses.count }

    func metadataBytes(tensorCount: Int) -> Int { channelBytes + (runtime.flashBytesPerTensor?.value ?? 0) * tensorCount }

    func totalBytes(tensorCount: Int) -> Int { weightBytes + metadataBytes(tensorCount: tensorCount) + codeBytes }
}

extension Operation {
    var isSqueezeExcite: Bool {
        if case .squeezeExcite = self { return true }
        return false
    }
}
