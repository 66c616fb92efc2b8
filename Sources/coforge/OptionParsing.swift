import ArgumentParser
import Profiling
import SearchSpaces

/// Checks and conversions that several commands' options share.
enum OptionParsing {
    /// The catalogued space called `name`; an unknown name lists the known ones.
    static func space(named name: String) throws -> any SearchSpace {
        guard let space = SearchSpaceCatalog.space(named: name) else {
            throw ValidationError("unknown space \"\(name)\"; known: \(SearchSpaceCatalog.names.joined(separator: ", "))")
        }
        return space
    }

    /// The runtimes a calibration may choose from: one named runtime, or every one for `auto`.
    static func graphOptimizations(_ text: String) throws -> [GraphOptimization] {
        if text == "auto" { return GraphOptimization.allCases }
        guard let optimization = GraphOptimization(rawValue: text) else {
            throw ValidationError("--graph-optimization must be auto, none or deadCodeElimination, got \(text)")
        }
        return [optimization]
    }
}
