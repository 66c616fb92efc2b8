/// One categorical decision of a search space: a named position with a list of choices.
///
/// Numeric decisions (depth, width, resolution) are categorical too: their choices are the
/// listed values, so every space shares one genome type and one set of operators.
public struct Gene: Hashable, Sendable {
    public let name: String
    public let choices: [String]

    public init(name: String, choices: [String]) {
        precondition(!choices.isEmpty, "gene \(name) needs at least one choice")
        self.name = name
        self.choices = choices
    }

    /// The index of the choice `label` names: the label itself, or for a numeric label the
    /// choice with the same value (`16.0` names `16`).
    public func choiceIndex(of label: String) -> Int? {
        if let i = choices.firstIndex(of: label) { return i }
        guard let number = Double(label) else { return nil }
        return choices.firstIndex { Double($0) == number }
    }
}

/// A point of a search space: the chosen index for each gene, in the space's gene order.
public struct Genome: Hashable, Sendable, Codable {
    public var values: [Int]

    public init(_ values: [Int]) { self.values = values }
}

/// Why a genome does not belong to a search space; names the gene.
public struct GenomeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var space: String
    public var gene: String?
    public var reason: String

    public init(space: String, gene: String?, reason: String) {
        self.space = space
        self.gene = gene
        self.reason = reason
    }

    public var description: String {
        if let gene { return "\(space) genome: gene \"\(gene)\": \(reason)" }
        return "\(space) genome: \(reason)"
    }
}
