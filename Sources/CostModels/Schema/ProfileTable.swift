/// A YAML mapping with free keys (source ids, kernel classes), written in sorted key order.
public struct ProfileTable<Value: Codable & Hashable & Sendable>: Hashable, Sendable {
    public var entries: [String: Value]

    public init(_ entries: [String: Value] = [:]) { self.entries = entries }

    public subscript(key: String) -> Value? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    public var keys: [String] { entries.keys.sorted() }
}

extension ProfileTable: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        var entries: [String: Value] = [:]
        for key in c.allKeys { entries[key.stringValue] = try c.decode(Value.self, forKey: key) }
        self.init(entries)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for key in keys { try c.encode(entries[key], forKey: AnyCodingKey(key)) }
    }
}
