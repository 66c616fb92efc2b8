import NetworkIR

/// Predicts what running a network costs on one device.
public protocol CostModel: Sendable {
    /// The profile whose numbers the model uses.
    var profile: HardwareProfile { get }
    func cost(of network: Network) throws -> CostEstimate
}

/// Why a cost model cannot be built for a profile.
public struct CostModelError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
