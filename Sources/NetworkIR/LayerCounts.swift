/// Exact work and storage of one layer.
///
/// Counting convention (it reproduces the published totals of MobileNetV2, ResNet-18, the
/// MLPerf Tiny models and NAS-Bench-201):
/// - `macs`: multiply-accumulates of weight products only: conv2d
///   `outH·outW·outC·(inC/groups)·kH·kW`, linear `in·out`, squeeze-excite `2·C·squeeze`.
///   Bias additions are counted apart in `biasAdds`; batch norm, activations, pooling, add,
///   concat, softmax, identity and zero count 0 MACs (they are memory-bound and modelled per
///   byte by the cost models, not per MAC).
/// - `parameters`: trainable values: kernels, biases, and batch norm's scale and shift
///   (2 per channel; running mean and variance are buffers, as in PyTorch's parameter count).
/// - `weightElements`: the kernel entries, which a quantised deployment stores at the weight
///   bit width; the remaining parameters (bias, batch norm) are kept at 32 bits.
public struct LayerCounts: Hashable, Sendable {
    public var macs: Int
    public var biasAdds: Int
    public var parameters: Int
    public var weightElements: Int
    public var inputElements: Int
    public var outputElements: Int

    public init(macs: Int = 0, biasAdds: Int = 0, parameters: Int = 0, weightElements: Int = 0,
                inputElements: Int = 0, outputElements: Int = 0) {
        self.macs = macs
        self.biasAdds = biasAdds
        self.parameters = parameters
        self.weightElements = weightElements
        self.inputElements = inputElements
        self.outputElements = outputElements
    }

    /// Parameters that are not kernel entries (biases, batch-norm scale and shift).
    public var auxiliaryParameters: Int { parameters - weightElements }

    /// Storage of the parameters: kernels at `weightBits`, other parameters at 32 bits.
    public func parameterBytes(weightBits: Int) -> Int {
        (weightElements * weightBits + 7) / 8 + auxiliaryParameters * 4
    }

    public func inputBytes(bits: Int) -> Int { (inputElements * bits + 7) / 8 }
    public func outputBytes(bits: Int) -> Int { (outputElements * bits + 7) / 8 }

    public static func + (a: LayerCounts, b: LayerCounts) -> LayerCounts {
        LayerCounts(
            macs: a.macs + b.macs, biasAdds: a.biasAdds + b.biasAdds, parameters: a.parameters + b.parameters,
            weightElements: a.weightElements + b.weightElements, inputElements: a.inputElements + b.inputElements,
            outputElements: a.outputElements + b.outputElements)
    }
}
