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

enum ValueForms {
    /// The expected form of `type` under `key`; a mapping for the schema's structs.
    static func expected(_ type: Any.Type, key: String) -> String {
        if key == "source" { return "the id of an entry of sources" }
        return (type as? any ProfileValueForm.Type)?.expectedForm(forKey: key) ?? "a mapping"
    }

    /// ` in bytes (the unit of sizeBytes)` for a path ending in `sizeBytes` or `sizeBytes.value`.
    static func unitTail(_ path: [any CodingKey]) -> String {
        let names = path.filter { $0.intValue == nil }.map(\.stringValue)
        guard let last = names.last else { return "" }
        let key = last == "value" && names.count > 1 ? names[names.count - 2] : last
        return UnitSuffix.phrase(forKey: key).map { " in \($0) (the unit of \(key))" } ?? ""
    }
}
