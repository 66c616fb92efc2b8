/// What a network costs on a microcontroller: latency, peak SRAM with its memory plan, the
/// flash image, energy, and whether it fits.
public struct MCUCostEstimate: Hashable, Sendable, Codable {
    public var runtime: String
    public var kernelLibrary: String
    /// Weight and activation bit width.
    public var bits: Int
    public var latencySeconds: Double
    public var cycles: Double
    /// Latency × `power.activePowerWatts`: a model, not a measurement.
    public var energyJoules: Double?
    public var energyBasis: CostEstimate.EnergyBasis
    /// Power drawn between inferences, when the profile has it (see `energyJoules(periodSeconds:)`).
    public var idlePowerWatts: Double?

    /// Arena + per-tensor and per-channel runtime data in SRAM + the runtime's own SRAM.
    public var peakSRAMBytes: Int
    public var arenaBytes: Int
    /// Tensor structs and per-channel requantisation data the runtime keeps in SRAM.
    public var arenaOverheadBytes: Int
    public var runtimeSRAMBytes: Int
    public var sramLimitBytes: Int

    public var flashBytes: Int
    public var weightFlashBytes: Int
    /// Biases, per-channel quantisation parameters and tensor descriptions.
    public var metadataFlashBytes: Int
    /// Runtime code plus one kernel set per operator kind used.
    public var codeFlashBytes: Int
    public var flashLimitBytes: Int

    public var plan: ArenaPlan
    public var layers: [MCULayerCost]
    public var notes: [String]

    public init(runtime: String, kernelLibrary: String, bits: Int, latencySeconds: Double, cycles: Double, energyJoules: Double?,
                energyBasis: CostEstimate.EnergyBasis, idlePowerWatts: Double?, peakSRAMBytes: Int, arenaBytes: Int,
                arenaOverheadBytes: Int, runtimeSRAMBytes: Int, sramLimitBytes: Int, flashBytes: Int, weightFlashBytes: Int,
                metadataFlashBytes: Int, codeFlashBytes: Int, flashLimitBytes: Int, plan: ArenaPlan, layers: [MCULayerCost],
                notes: [String]) {
        self.runtime = runtime
        self.kernelLibrary = kernelLibrary
        self.bits = bits
        self.latencySeconds = latencySeconds
        self.cycles = cycles
        self.energyJoules = energyJoules
        self.energyBasis = energyBasis
        self.idlePowerWatts = idlePowerWatts
        self.peakSRAMBytes = peakSRAMBytes
        self.arenaBytes = arenaBytes
        self.arenaOverheadBytes = arenaOverheadBytes
        self.runtimeSRAMBytes = runtimeSRAMBytes
        self.sramLimitBytes = sramLimitBytes
        self.flashBytes = flashBytes
        self.weightFlashBytes = weightFlashBytes
        self.metadataFlashBytes = metadataFlashBytes
        self.codeFlashBytes = codeFlashBytes
        self.flashLimitBytes = flashLimitBytes
        self.plan = plan
        self.layers = layers
        self.notes = notes
    }

    /// SRAM needed beyond the part's (0 when it fits).
    public var sramOverflowBytes: Int { max(0, peakSRAMBytes - sramLimitBytes) }
    public var flashOverflowBytes: Int { max(0, flashBytes - flashLimitBytes) }
    public var fits: Bool { sramOverflowBytes == 0 && flashOverflowBytes == 0 }

    /// Energy of one inference every `periodSeconds`: active power over the latency plus idle
    /// power for the rest of the period (nil without an active power; idle counted only if known).
    public func energyJoules(periodSeconds: Double) -> Double? {
        guard let active = energyJoules else { return nil }
        return active + (idlePowerWatts ?? 0) * max(0, periodSeconds - latencySeconds)
    }
}
