/// Hard limits on a co-design candidate's price; `nil` means no limit.
///
/// Each limit is one constraint `g = (value − limit) / limit` (≤ 0 holds): relative, so that a
/// sum of violations (constraint domination) weighs a 10 % excess of latency and of area alike.
public struct CoDesignBudget: Hashable, Sendable, Codable {
    public var latencySeconds: Double?
    public var energyJoules: Double?
    public var areaSquareMillimetres: Double?
    public var peakMemoryBytes: Int?

    public init(latencySeconds: Double? = nil, energyJoules: Double? = nil, areaSquareMillimetres: Double? = nil,
                peakMemoryBytes: Int? = nil) {
        self.latencySeconds = latencySeconds
        self.energyJoules = energyJoules
        self.areaSquareMillimetres = areaSquareMillimetres
        self.peakMemoryBytes = peakMemoryBytes
    }

    /// The names of the limits that are set, in constraint order.
    public var constraintNames: [String] {
        [("latencySeconds", latencySeconds), ("energyJoules", energyJoules),
         ("areaSquareMillimetres", areaSquareMillimetres), ("peakMemoryBytes", peakMemoryBytes.map(Double.init))]
            .compactMap { $0.1 == nil ? nil : $0.0 }
    }

    public var constraintCount: Int { constraintNames.count }

    /// One relative excess per limit that is set, in `constraintNames` order.
    public func constraints(of price: CoDesignPrice) throws(CoDesignError) -> [Double] {
        var g: [Double] = []
        if let latencySeconds { g.append(price.latencySeconds / latencySeconds - 1) }
        if let energyJoules { g.append(try price.requiredEnergyJoules() / energyJoules - 1) }
        if let areaSquareMillimetres { g.append(price.areaSquareMillimetres / areaSquareMillimetres - 1) }
        if let peakMemoryBytes { g.append(Double(price.peakMemoryBytes) / Double(peakMemoryBytes) - 1) }
        return g
    }
}
