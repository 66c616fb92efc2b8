/// Power figures; energy models multiply one of them by a latency and say which.
public struct Power: Hashable, Sendable, Codable {
    /// Power drawn while running inference (whole device or chip, as the source states).
    public var activePowerWatts: Quantity?
    /// Power drawn while idle.
    public var idlePowerWatts: Quantity?
    /// Vendor thermal design power: an upper bound of sustained power, not a measurement.
    public var thermalDesignPowerWatts: Quantity?

    public init(activePowerWatts: Quantity? = nil, idlePowerWatts: Quantity? = nil, thermalDesignPowerWatts: Quantity? = nil) {
        self.activePowerWatts = activePowerWatts
        self.idlePowerWatts = idlePowerWatts
        self.thermalDesignPowerWatts = thermalDesignPowerWatts
    }
}
