/// One layer's share of a `CostEstimate`, with the roofline terms behind it.
public struct LayerCost: Hashable, Sendable, Codable {
    public var name: String
    public var kernelClass: KernelClass
    public var flops: Int
    public var bytesMoved: Int
    /// The memory level the layer's working set fits in, whose bandwidth bounds it.
    public var memoryLevel: String
    public var computeSeconds: Double
    public var memorySeconds: Double
    /// `max(computeSeconds, memorySeconds)`.
    public var rooflineSeconds: Double
    /// The kernel prediction: the fitted model's, or the roofline's.
    public var kernelSeconds: Double
    public var overheadSeconds: Double
    /// `kernelSeconds + overheadSeconds`.
    public var latencySeconds: Double
    public var fitted: Bool
    public var energyJoules: Double?
    /// The layer whose kernel absorbed this one at inference (`InferencePlan`): its kernel
    /// time is 0 and its FLOPs and bytes are counted there.
    public var foldedInto: String?

    public var isComputeBound: Bool { computeSeconds >= memorySeconds }
}

extension LayerCost {
    /// A layer folded or fused into `absorbing`: no kernel time, only the per-layer overhead.
    init(folded name: String, into absorbing: String, kernelClass: KernelClass, overheadSeconds: Double) {
        self.init(name: name, kernelClass: kernelClass, flops: 0, bytesMoved: 0, memoryLevel: "-", computeSeconds: 0,
                  memorySeconds: 0, rooflineSeconds: 0, kernelSeconds: 0, overheadSeconds: overheadSeconds,
                  latencySeconds: overheadSeconds, fitted: true, energyJoules: nil, foldedInto: absorbing)
    }
}
