/// What a network costs on a device, in total and per layer, and how each figure was obtained.
public struct CostEstimate: Hashable, Sendable, Codable {
    /// How the latency was predicted.
    public enum LatencyBasis: String, Hashable, Sendable, Codable {
        /// Every layer's kernel class has a fitted model at the thread count.
        case fitted
        /// Some layers used a fitted model, the others the pure roofline.
        case partlyFitted
        /// No fitted model applied: the pure roofline (an optimistic lower bound).
        case rooflineOnly
    }

    /// Where the energy comes from.
    public enum EnergyBasis: String, Hashable, Sendable, Codable {
        /// Latency × a power figure of the profile (`energyPowerKey` names it): a model.
        case modelledFromPower
        /// As `modelledFromPower`, but the figure is another device's (a `proxy` source): a
        /// rougher model.
        case modelledFromProxyPower
        /// Measured energy.
        case measured
        /// The profile has no power figure.
        case unavailable
    }

    public var latencySeconds: Double
    public var latencyBasis: LatencyBasis
    public var energyJoules: Double?
    public var energyBasis: EnergyBasis
    /// The profile key of the power used, e.g. `power.activePowerWatts`.
    public var energyPowerKey: String?
    /// Weights plus the largest live activation set (`peakActivationBytes`).
    public var peakMemoryBytes: Int
    public var weightBytes: Int
    public var peakActivationBytes: Int
    public var layers: [LayerCost]
    /// Caveats: fallbacks taken and assumptions made.
    public var notes: [String]

    public init(latencySeconds: Double, latencyBasis: LatencyBasis, energyJoules: Double?, energyBasis: EnergyBasis,
                energyPowerKey: String?, peakMemoryBytes: Int, weightBytes: Int, peakActivationBytes: Int,
                layers: [LayerCost], notes: [String]) {
        self.latencySeconds = latencySeconds
        self.latencyBasis = latencyBasis
        self.energyJoules = energyJoules
        self.energyBasis = energyBasis
        self.energyPowerKey = energyPowerKey
        self.peakMemoryBytes = peakMemoryBytes
        self.weightBytes = weightBytes
        self.peakActivationBytes = peakActivationBytes
        self.layers = layers
        self.notes = notes
    }
}
