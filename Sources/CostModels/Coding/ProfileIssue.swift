/// One problem found in a hardware profile: where (the key path) and what was expected.
public struct ProfileIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// Dotted key path with sequence indices, e.g. `memory.levels[1].sizeBytes`.
    public var keyPath: String
    public var message: String

    public init(keyPath: String, _ message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    public init(at path: [any CodingKey], _ message: String) {
        self.init(keyPath: Self.keyPath(path), message)
    }

    public var description: String { keyPath.isEmpty ? message : "\(keyPath): \(message)" }

    /// `[memory, levels, 1, sizeBytes]` → `memory.levels[1].sizeBytes`.
    public static func keyPath(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let i = key.intValue {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out
    }
}
