import CostModels
import SearchSpaces

/// A search space whose genomes also describe an accelerator; lets code holding an
/// `any SearchSpace` (the command line) reach the hardware half without knowing the network space.
public protocol CoDesignDecoding: SearchSpace {
    var hardwareSpace: HardwareSpace { get }
    func networkGenome(of genome: Genome) -> Genome
    func hardwareGenome(of genome: Genome) -> Genome
    /// The network space's canonical key of the network half.
    func networkKey(of genome: Genome) -> String
    func configuration(for genome: Genome) throws -> HardwareConfiguration
    func hardwareProfile(for genome: Genome) throws -> HardwareProfile
}

extension CoDesignSpace: CoDesignDecoding {}
