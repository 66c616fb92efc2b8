/// The search spaces Coforge ships, by the name their genomes carry in JSON.
public enum SearchSpaceCatalog {
    /// Every space in its default configuration, in listing order.
    public static let spaces: [any SearchSpace] = [
        NB201Space(),
        FBNetSpace(),
        MobileNetMacroSpace(),
        TinyCNNSpace(.fashionMNIST),
        TinyCNNSpace(.keywordSpotting),
    ]

    public static var names: [String] { spaces.map(\.name) }

    /// The space called `name`, or `nil` if there is none.
    public static func space(named name: String) -> (any SearchSpace)? {
        spaces.first { $0.name == name }
    }

    /// The space a genome document belongs to; throws if its space is unknown.
    public static func space(for document: GenomeDocument) throws(GenomeError) -> any SearchSpace {
        guard let space = space(named: document.space) else {
            throw GenomeError(space: document.space, gene: nil,
                              reason: "unknown search space; known: \(names.joined(separator: ", "))")
        }
        return space
    }
}
