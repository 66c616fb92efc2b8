import CostModels
import NetworkIR
import SearchSpaces

/// A network space composed with a hardware space: one genome, the network's genes followed by
/// the hardware knobs, decodes to a network and the accelerator that runs it.
///
/// Its text form is `<network text>@<hardware text>`, e.g.
/// `|nor_conv_3x3~0|+|…|@peRowCount=16,peColumnCount=16,dataflow=weightStationary`; its
/// canonical key is the network's key and the hardware text joined the same way, so isomorphic
/// networks on the same accelerator are one candidate.
public struct CoDesignSpace<NetworkSpace: SearchSpace>: SearchSpace {
    public let networkSpace: NetworkSpace
    public let hardwareSpace: HardwareSpace
    /// `<network space>+<hardware space id>`, e.g. `nb201+eyeriss-like`.
    public let name: String
    public let genes: [Gene]

    /// Throws if a hardware knob has the name of a network gene (a genome document could not
    /// tell them apart).
    public init(network: NetworkSpace, hardware: HardwareSpace) throws(GenomeError) {
        let name = "\(network.name)+\(hardware.id)"
        let networkNames = Set(network.genes.map(\.name))
        if let clash = hardware.genes.first(where: { networkNames.contains($0.name) }) {
            throw GenomeError(space: name, gene: clash.name, reason: "is both a network gene and a hardware knob")
        }
        networkSpace = network
        hardwareSpace = hardware
        self.name = name
        genes = network.genes + hardware.genes
    }

    public func networkGenome(of genome: Genome) -> Genome {
        Genome(Array(genome.values.prefix(networkSpace.genes.count)))
    }

    public func hardwareGenome(of genome: Genome) -> Genome {
        Genome(Array(genome.values.dropFirst(networkSpace.genes.count)))
    }

    public func genome(network: Genome, hardware: Genome) -> Genome { Genome(network.values + hardware.values) }

    public func network(for genome: Genome) throws -> Network {
        try validate(genome)
        return try networkSpace.network(for: networkGenome(of: genome))
    }

    /// Network genes as the network space says; every hardware knob is active.
    public func isActive(gene index: Int, in genome: Genome) -> Bool {
        index >= networkSpace.genes.count || networkSpace.isActive(gene: index, in: networkGenome(of: genome))
    }

    public func networkKey(of genome: Genome) -> String { networkSpace.canonicalKey(networkGenome(of: genome)) }

    public func canonicalKey(_ genome: Genome) -> String {
        networkKey(of: genome) + "@" + hardwareSpace.string(of: hardwareGenome(of: genome))
    }

    public func string(of genome: Genome) -> String {
        networkSpace.string(of: networkGenome(of: genome)) + "@" + hardwareSpace.string(of: hardwareGenome(of: genome))
    }

    /// Splits at the last `@` (hardware texts have none) and parses each half with its space.
    public func genome(string: String) throws -> Genome {
        guard let at = string.lastIndex(of: "@") else {
            throw GenomeError(space: name, gene: nil, reason: "expected <network>@<knob=value,…>, got \"\(string)\" (no @)")
        }
        return genome(
            network: try networkSpace.genome(string: String(string[..<at])),
            hardware: try hardwareSpace.genome(string: String(string[string.index(after: at)...])))
    }

    public func configuration(for genome: Genome) throws -> HardwareConfiguration {
        try validate(genome)
        return try hardwareSpace.configuration(for: hardwareGenome(of: genome))
    }

    public func hardwareProfile(for genome: Genome) throws -> HardwareProfile {
        hardwareSpace.profile(for: try configuration(for: genome))
    }

    /// The network and the accelerator profile one genome describes.
    public func decode(_ genome: Genome) throws -> (network: Network, hardware: HardwareProfile) {
        (try network(for: genome), try hardwareProfile(for: genome))
    }
}
