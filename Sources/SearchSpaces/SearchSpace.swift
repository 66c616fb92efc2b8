import Foundation
import NetworkIR

/// A space of networks that a search explores.
///
/// A space lists its genes; sampling, mutation, crossover, numeric encoding, validation and
/// JSON are shared extensions. A space decides how a genome becomes a network, which genes a
/// genome leaves unused (`isActive`), and may give isomorphic genomes one canonical key.
public protocol SearchSpace: Sendable {
    /// Short identifier, used in genome JSON (`"nb201"`, `"fbnet"`, …).
    var name: String { get }
    var genes: [Gene] { get }

    /// The network a valid genome describes.
    func network(for genome: Genome) throws -> Network

    /// Whether gene `index` affects the network of `genome` (a block beyond a stage's depth does not).
    func isActive(gene index: Int, in genome: Genome) -> Bool

    /// A string equal for genomes that describe the same network; used to de-duplicate.
    func canonicalKey(_ genome: Genome) -> String

    /// The genome's text form, as tables of measured networks name them.
    func string(of genome: Genome) -> String

    /// The genome a text form names; throws saying what was expected.
    func genome(string: String) throws -> Genome
}

extension SearchSpace {
    public func isActive(gene index: Int, in genome: Genome) -> Bool { true }

    /// Default key: the labels of the active genes, inactive ones shown as `-`.
    public func canonicalKey(_ genome: Genome) -> String {
        genes.indices.map { isActive(gene: $0, in: genome) ? genes[$0].choices[genome.values[$0]] : "-" }
            .joined(separator: "|")
    }

    /// The number of distinct genomes (not of distinct networks).
    public var cardinality: Double { genes.reduce(1.0) { $0 * Double($1.choices.count) } }

    /// Throws naming the first gene whose value is out of range.
    public func validate(_ genome: Genome) throws(GenomeError) {
        guard genome.values.count == genes.count else {
            throw GenomeError(space: name, gene: nil, reason: "has \(genome.values.count) genes, expected \(genes.count)")
        }
        for (gene, value) in zip(genes, genome.values) where !gene.choices.indices.contains(value) {
            throw GenomeError(space: name, gene: gene.name,
                              reason: "choice index \(value) is outside 0..<\(gene.choices.count)")
        }
    }

    /// The genome whose genes take the given labels, in gene order.
    public func genome(labels: [String]) throws(GenomeError) -> Genome {
        guard labels.count == genes.count else {
            throw GenomeError(space: name, gene: nil, reason: "has \(labels.count) genes, expected \(genes.count)")
        }
        var values: [Int] = []
        for (gene, label) in zip(genes, labels) {
            guard let v = gene.choiceIndex(of: label) else {
                throw GenomeError(space: name, gene: gene.name,
                                  reason: "\"\(label)\" is not one of \(gene.choices.joined(separator: ", "))")
            }
            values.append(v)
        }
        return Genome(values)
    }

    /// Default text form: the gene labels in gene order, joined by `|` (`3|5|relu|…`).
    public func string(of genome: Genome) -> String { labels(of: genome).joined(separator: "|") }

    public func genome(string: String) throws -> Genome {
        try genome(labels: string.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        })
    }

    public func labels(of genome: Genome) -> [String] {
        zip(genes, genome.values).map { $0.choices[$1] }
    }
}
