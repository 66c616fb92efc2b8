import ModelZoo
import NetworkIR

/// The NAS-Bench-201 cell space (Dong & Yang, "NAS-Bench-201: Extending the Scope of
/// Reproducible Neural Architecture Search", ICLR 2020): six genes, one per cell edge in NB201
/// order, named `edge_<to>_<from>`, each choosing one of the five operations in NB201 order.
/// 5⁶ = 15,625 genomes fall into 6,466 isomorphism classes under `canonicalKey`.
///
/// Every gene is active: the reference network computes every edge, including edges with no
/// path to the cell output, so they all cost time and parameters.
public struct NB201Space: SearchSpace {
    public var name: String { "nb201" }
    public let genes: [Gene]
    /// Input side in pixels: 32 for CIFAR-10/100, 16 for ImageNet16-120.
    public var resolution: Int
    /// 10 for CIFAR-10, 100 for CIFAR-100, 120 for ImageNet16-120.
    public var classes: Int
    public var channels: Int
    public var cellsPerStage: Int

    public init(resolution: Int = 32, classes: Int = 10, channels: Int = 16, cellsPerStage: Int = 5) {
        self.resolution = resolution
        self.classes = classes
        self.channels = channels
        self.cellsPerStage = cellsPerStage
        let choices = NB201Operation.allCases.map(\.rawValue)
        genes = NB201Cell.edges.map { Gene(name: "edge_\($0.to)_\($0.from)", choices: choices) }
    }

    /// The cell a genome describes; throws naming the first invalid gene.
    public func cell(for genome: Genome) throws(GenomeError) -> NB201Cell {
        try validate(genome)
        return NB201Cell(genome.values.map { NB201Operation.allCases[$0] })
    }

    public func genome(for cell: NB201Cell) -> Genome {
        Genome(cell.operations.map { op in NB201Operation.allCases.firstIndex(of: op)! })
    }

    /// The NB201 macro network (`nb201Network`) around the genome's cell.
    public func network(for genome: Genome) throws -> Network {
        try nb201Network(
            cell: cell(for: genome), channels: channels, cellsPerStage: cellsPerStage, resolution: resolution,
            classes: classes)
    }

    /// The NB201 isomorphism key (`NB201Cell.isomorphismKey`), the benchmark's `iso_class_str`.
    /// An invalid genome gets a key that no valid genome has.
    public func canonicalKey(_ genome: Genome) -> String {
        guard let cell = try? cell(for: genome) else { return "invalid \(genome.values)" }
        return cell.isomorphismKey
    }

    /// The genome of an NB201 architecture string such as `|nor_conv_3x3~0|+|…~0|…~1|+|…~0|…~1|…~2|`.
    public func genome(archString: String) throws(NB201ArchStringError) -> Genome {
        genome(for: try NB201Cell(archString: archString))
    }

    public func archString(of genome: Genome) throws(GenomeError) -> String {
        try cell(for: genome).archString
    }

    /// The NB201 architecture string, the form NB201 tables use.
    public func string(of genome: Genome) -> String {
        (try? archString(of: genome)) ?? "invalid \(genome.values)"
    }

    public func genome(string: String) throws -> Genome { try genome(archString: string) }
}
