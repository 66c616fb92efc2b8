import CostModels
import NetworkIR

/// A test double of an accelerator cost model, simple enough to check by hand: one MAC per PE
/// per cycle at full utilisation, energy per MAC scaled by the word width, and area from the
/// PE count and buffer capacity. Its figures are test inputs, not a description of any chip.
struct FakeAcceleratorModel: CostModel {
    struct Estimate: CostFigures, AreaFigures {
        var latencySeconds: Double
        var energyJoules: Double?
        var peakMemoryBytes: Int
        var areaSquareMillimetres: Double?
    }

    static let squareMillimetresPerPEAt16Bits = 0.05
    static let squareMillimetresPerKiB = 0.02
    static let joulesPerMACAt16Bits = 1e-12

    let profile: HardwareProfile
    /// Whether estimates leave energy out (to test the error when energy is required).
    var omitsEnergy = false

    init(profile: HardwareProfile, omitsEnergy: Bool = false) throws {
        guard profile.asicDataflow != nil else { throw CostModelError("\(profile.name): not an asic-dataflow profile") }
        self.profile = profile
        self.omitsEnergy = omitsEnergy
    }

    func cost(of network: Network) throws -> Estimate {
        let array = profile.asicDataflow!
        let pes = array.peRowCount.value * array.peColumnCount.value
        let widthScale = Double(array.wordBits.value) / 16
        let cycles = (network.macs + pes - 1) / pes
        let bufferBytes = profile.memory.levels.reduce(0) { $0 + ($1.sizeBytes?.value ?? 0) * ($1.instanceCount?.value ?? 1) }
        return Estimate(
            latencySeconds: Double(cycles) / profile.clocks.coreClockHz.value,
            energyJoules: omitsEnergy ? nil : Double(network.macs) * Self.joulesPerMACAt16Bits * widthScale,
            peakMemoryBytes: bufferBytes,
            areaSquareMillimetres: Double(pes) * Self.squareMillimetresPerPEAt16Bits * widthScale
                + Double(bufferBytes) / 1024 * Self.squareMillimetresPerKiB)
    }
}
