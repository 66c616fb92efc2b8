import NetworkIR

/// Predicts what running a network costs on one device.
///
/// Each device family has its own estimate type (a CPU's roofline terms, a microcontroller's
/// memory plan and flash image, an accelerator's cycles, accesses and area); all of them offer
/// the common figures of `CostFigures`, which searches use as objectives and budgets.
public protocol CostModel: Sendable {
    associatedtype Estimate: CostFigures
    /// The profile whose numbers the model uses.
    var profile: HardwareProfile { get }
    func cost(of network: Network) throws -> Estimate
}

/// The figures every cost estimate offers, whatever the device.
public protocol CostFigures: Sendable {
    /// Batch-1 inference latency.
    var latencySeconds: Double { get }
    /// Energy of one inference, if the profile allows an estimate.
    var energyJoules: Double? { get }
    /// Data memory at the peak of one inference: weights held in RAM plus live activations on
    /// a CPU, the activation arena (peak SRAM) on a microcontroller, on-chip buffers on an accelerator.
    var peakMemoryBytes: Int { get }
}

/// Why a cost model cannot be built for a profile.
public struct CostModelError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
