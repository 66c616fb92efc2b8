import CostModels
import NetworkIR
import SearchSpaces

/// One decoded co-design genome: what an accuracy source and a cost model look at.
public struct CoDesignCandidate: Sendable {
    public var genome: Genome
    /// The network half of `genome`, a genome of the network space.
    public var networkGenome: Genome
    public var network: Network
    public var configuration: HardwareConfiguration
    public var profile: HardwareProfile

    public init(genome: Genome, networkGenome: Genome, network: Network, configuration: HardwareConfiguration,
                profile: HardwareProfile) {
        self.genome = genome
        self.networkGenome = networkGenome
        self.network = network
        self.configuration = configuration
        self.profile = profile
    }
}
