/// Phrases for error messages: the expected form of a value and the unit of its key.
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
