import CostModels

/// What a cost model says a (network, accelerator) pair costs: the figures co-design objectives
/// and budgets are made of.
public struct CoDesignPrice: Hashable, Sendable, Codable {
    public var latencySeconds: Double
    /// `nil` when the model cannot estimate energy for the profile.
    public var energyJoules: Double?
    public var areaSquareMillimetres: Double
    public var peakMemoryBytes: Int

    public init(latencySeconds: Double, energyJoules: Double?, areaSquareMillimetres: Double, peakMemoryBytes: Int) {
        self.latencySeconds = latencySeconds
        self.energyJoules = energyJoules
        self.areaSquareMillimetres = areaSquareMillimetres
        self.peakMemoryBytes = peakMemoryBytes
    }

    /// The figures of an estimate that has area; throws when the profile gave the model no area figures.
    public init(_ estimate: some CostFigures & AreaFigures) throws(CoDesignError) {
        guard let area = estimate.areaSquareMillimetres else {
            throw CoDesignError("the cost model gives no area for this profile (area per PE and per KiB of SRAM), but co-design needs it")
        }
        self.init(latencySeconds: estimate.latencySeconds, energyJoules: estimate.energyJoules,
                  areaSquareMillimetres: area, peakMemoryBytes: estimate.peakMemoryBytes)
    }

    /// The energy, or an error saying the model gave none (energy is an objective or a budget).
    func requiredEnergyJoules() throws(CoDesignError) -> Double {
        guard let energyJoules else {
            throw CoDesignError("the cost model gives no energy for this profile, but energy is an objective or a budget")
        }
        return energyJoules
    }
}
