import Foundation

/// The JSON form of a genome: `{"space": "nb201", "genes": {"<gene name>": "<choice>", …}}`.
/// Choices are strings; numeric choices may also be written as JSON numbers.
public struct GenomeDocument: Hashable, Sendable, Codable {
    public var space: String
    public var genes: [String: String]

    public init(space: String, genes: [String: String]) {
        self.space = space
        self.genes = genes
    }

    enum CodingKeys: String, CodingKey { case space, genes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        space = try c.decode(String.self, forKey: .space)
        let raw = try c.decode([String: LabelValue].self, forKey: .genes)
        genes = raw.mapValues(\.text)
    }

    private struct LabelValue: Decodable {
        var text: String
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) {
                text = s
            } else if let i = try? c.decode(Int.self) {
                text = String(i)
            } else {
                text = String(try c.decode(Double.self))
            }
        }
    }
}

extension SearchSpace {
    public func document(for genome: Genome) -> GenomeDocument {
        GenomeDocument(space: name, genes: Dictionary(uniqueKeysWithValues: zip(genes.map(\.name), labels(of: genome))))
    }

    /// The genome a document describes; throws naming a missing, unknown or invalid gene.
    public func genome(from document: GenomeDocument) throws(GenomeError) -> Genome {
        guard document.space == name else {
            throw GenomeError(space: name, gene: nil, reason: "document is for space \"\(document.space)\"")
        }
        if let unknown = document.genes.keys.sorted().first(where: { key in !genes.contains { $0.name == key } }) {
            throw GenomeError(space: name, gene: unknown, reason: "no such gene in this space")
        }
        var labels: [String] = []
        for gene in genes {
            guard let label = document.genes[gene.name] else {
                throw GenomeError(space: name, gene: gene.name, reason: "missing")
            }
            labels.append(label)
        }
        return try genome(labels: labels)
    }
}
