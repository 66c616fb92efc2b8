import Yams

extension Node {
    /// What a node is, for error messages: `the number 32768`, `the string "32 KB"`, `a list`.
    var profileDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let s):
            if s.isNull { return "nothing" }
            if s.style == .plain || s.style == .any, Double(s.string) != nil { return "the number \(s.string)" }
            return "the string \"\(s.string)\""
        }
    }
}

extension Node.Scalar {
    /// A plain `~`, `null` or empty scalar.
    var isNull: Bool {
        (style == .plain || style == .any) && ["", "~", "null", "Null", "NULL"].contains(string)
    }

    /// Whether the text was written without quotes (so it may be a number).
    var isPlain: Bool { style == .plain || style == .any }
}
