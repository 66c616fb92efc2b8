/// What a kernel library's int8 kernels cost on one core: cycles per MAC for the compute-bound
/// operators, cycles per byte for the memory-bound ones, and a fixed cost per layer.
///
/// The figures are whole-layer averages (loads, im2col, requantisation of the accumulators and
/// loop overhead included), so they come from layer or network measurements divided by MACs or
/// bytes; each `source` says how.
public struct MCUKernelTable: Hashable, Sendable, Codable {
    /// Convolutions with a kernel larger than 1x1 that are not depthwise.
    public var convCyclesPerMAC: Quantity
    public var depthwiseCyclesPerMAC: Quantity
    /// 1x1 convolutions (a plain matrix product).
    public var pointwiseCyclesPerMAC: Quantity
    /// Fully connected layers (matrix-vector at batch 1).
    public var linearCyclesPerMAC: Quantity
    /// Element-wise add with requantisation, per output byte.
    public var addCyclesPerByte: Quantity
    /// Max / average / global pooling, per input byte.
    public var poolingCyclesPerByte: Quantity
    /// Stand-alone activations and softmax, per output byte.
    public var activationCyclesPerByte: Quantity
    /// Copies that requantise (concat, channel shuffle, a non-fused batch norm), per output byte.
    public var requantizationCyclesPerByte: Quantity
    /// Fixed cost of invoking one layer (dispatch, argument set-up).
    public var layerOverheadCycles: Quantity

    public init(convCyclesPerMAC: Quantity, depthwiseCyclesPerMAC: Quantity, pointwiseCyclesPerMAC: Quantity,
                linearCyclesPerMAC: Quantity, addCyclesPerByte: Quantity, poolingCyclesPerByte: Quantity,
                activationCyclesPerByte: Quantity, requantizationCyclesPerByte: Quantity, layerOverheadCycles: Quantity) {
        self.convCyclesPerMAC = convCyclesPerMAC
        self.depthwiseCyclesPerMAC = depthwiseCyclesPerMAC
        self.pointwiseCyclesPerMAC = pointwiseCyclesPerMAC
        self.linearCyclesPerMAC = linearCyclesPerMAC
        self.addCyclesPerByte = addCyclesPerByte
        self.poolingCyclesPerByte = poolingCyclesPerByte
        self.activationCyclesPerByte = activationCyclesPerByte
        self.requantizationCyclesPerByte = requantizationCyclesPerByte
        self.layerOverheadCycles = layerOverheadCycles
    }
}
