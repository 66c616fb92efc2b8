import CostModels

/// A hardware profile written as YAML text in a test, with what every such fixture offers.
protocol ProfileYAMLFixture {
    static var yaml: String { get }
    /// The file name errors and sources report.
    static var fileName: String { get }
}

extension ProfileYAMLFixture {
    /// The fixture's profile, or that of `text` (e.g. from `replacing`).
    static func profile(_ text: String? = nil) throws -> HardwareProfile {
        try HardwareProfile(yaml: text ?? yaml, file: fileName)
    }

    /// The fixture with one piece of text replaced (which must occur).
    static func replacing(_ old: String, with new: String) -> String {
        precondition(yaml.contains(old), "fixture has no \(old)")
        return yaml.replacingOccurrences(of: old, with: new)
    }
}
