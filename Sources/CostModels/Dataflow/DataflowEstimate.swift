/// What a network costs on a dataflow accelerator: every priced layer and the totals.
public struct DataflowEstimate: CostFigures, Hashable, Sendable, Codable {
    /// One level's share of the energy (`MAC` for the arithmetic).
    public struct EnergyShare: Hashable, Sendable, Codable {
        public var level: String
        public var energyJoules: Double
    }

    /// Layers that cost something, in execution order (free layers are left out).
    public var layers: [DataflowLayerCost]
    /// Index in the network of each entry of `layers`.
    public var layerIndices: [Int]
    public var macs: Int
    public var computeCycles: Int
    public var stallCycles: Int
    public var latencySeconds: Double
    /// Σ layer energies; nil when the profile lacks an energy figure the layers need.
    public var energyJoules: Double?
    public var energyByLevel: [EnergyShare]
    /// PEs × `peAreaSquareMillimetres` + global buffer KiB × `sramAreaSquareMillimetresPerKibibyte`.
    public var areaSquareMillimetres: Double?
    /// The largest on-chip buffer footprint of any layer.
    public var peakMemoryBytes: Int
    /// MACs / (PEs × compute cycles) over the whole network.
    public var utilization: Double
    public var notes: [String]
}
