import ArgumentParser
import CoDesign
import Profiling
import SearchSpaces

/// Checks and conversions that several commands' options share.
enum OptionParsing {
    /// The catalogued space called `name`, or the co-design space `<network>+<profile>`
    /// (`nb201+eyeriss-like`); an unknown name lists the known ones.
    static func space(named name: String) throws -> any SearchSpace {
        if CoDesignCatalog.parts(of: name) != nil { return try coDesignSpace(named: name) }
        guard let space = SearchSpaceCatalog.space(named: name) else {
            throw ValidationError("unknown space \"\(name)\"; known: \(SearchSpaceCatalog.names.joined(separator: ", "))")
        }
        return space
    }

    /// The co-design space `<network space>+<asic-dataflow profile id or file>`, varied by
    /// `HardwareSpace.standardKnobs`.
    static func coDesignSpace(named name: String) throws -> any CoDesignDecoding {
        do {
            return try CoDesignCatalog.space(named: name, loadProfile: ProfileLocator.load)
        } catch {
            throw ValidationError("space \"\(name)\": \(error)")
        }
    }

    /// The space a genome document names, catalogued or co-design.
    static func space(for document: GenomeDocument) throws -> any SearchSpace {
        if CoDesignCatalog.parts(of: document.space) != nil { return try coDesignSpace(named: document.space) }
        return try SearchSpaceCatalog.space(for: document)
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
