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

    public var isComputeBound: Bool { computeSeconds >= memorySeconds }
}
