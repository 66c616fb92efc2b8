/// A type that can say, for error messages, what its YAML form looks like under a given key.
protocol ProfileValueForm {
    static func expectedForm(forKey key: String) -> String
}

extension String: ProfileValueForm {
    static func expectedForm(forKey key: String) -> String { "a string" }
}

extension Array: ProfileValueForm {
    static func expectedForm(forKey key: String) -> String { "a list" }
}

extension Sourced: ProfileValueForm {
    static func expectedForm(forKey key: String) -> String {
        let unit = UnitSuffix.phrase(forKey: key).map { " in \($0)" } ?? ""
        return "{value: <\(Value.expectedForm)\(unit)>, source: <id from sources>}"
    }
}
