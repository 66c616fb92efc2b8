extension CostEstimate.EnergyBasis {
    /// The basis of energy priced as latency × `power` of `profile`: unavailable without a
    /// figure, `modelledFromProxyPower` when the figure's source is another device's (`proxy`).
    public init(power: Quantity?, of profile: HardwareProfile) {
        guard let power else { self = .unavailable; return }
        self = profile.sources[power.source]?.kind == .proxy ? .modelledFromProxyPower : .modelledFromPower
    }

    /// The caveat of an estimate whose energy uses a proxy power figure.
    public static func proxyNote(powerKey: String, source: String) -> String {
        "\(powerKey) is a proxy (source \(source)): another device's figure standing in for this one's, so the energy is a rougher model"
    }
}
