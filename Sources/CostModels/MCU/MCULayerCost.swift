/// What one layer costs on a microcontroller.
public struct MCULayerCost: Hashable, Sendable, Codable {
    public var name: String
    public var operatorClass: MCUOperatorClass
    public var macs: Int
    /// Bytes the memory-bound price is counted on (0 for compute-bound layers and views).
    public var pricedBytes: Int
    /// Kernel cycles: MACs × cycles per MAC, or priced bytes × cycles per byte.
    public var kernelCycles: Double
    /// First read of the layer's weights from flash: wait states × flash lines.
    public var flashStallCycles: Double
    public var overheadCycles: Double
    public var latencySeconds: Double
    public var energyJoules: Double?
    /// Weights (at the weight width), bias and quantisation parameters in flash.
    public var parameterFlashBytes: Int
    public var outputBytes: Int
    /// Offset of the layer's output buffer in the arena (nil if it is not in the arena).
    public var outputOffsetBytes: Int?

    public init(name: String, operatorClass: MCUOperatorClass, macs: Int, pricedBytes: Int, kernelCycles: Double,
                flashStallCycles: Double, overheadCycles: Double, latencySeconds: Double, energyJoules: Double?,
                parameterFlashBytes: Int, outputBytes: Int, outputOffsetBytes: Int?) {
        self.name = name
        self.operatorClass = operatorClass
        self.macs = macs
        self.pricedBytes = pricedBytes
        self.kernelCycles = kernelCycles
        self.flashStallCycles = flashStallCycles
        self.overheadCycles = overheadCycles
        self.latencySeconds = latencySeconds
        self.energyJoules = energyJoules
        self.parameterFlashBytes = parameterFlashBytes
        self.outputBytes = outputBytes
        self.outputOffsetBytes = outputOffsetBytes
    }

    public var cycles: Double { kernelCycles + flashStallCycles + overheadCycles }
}
