import Yams

/// The entries of a YAML mapping. Every key asked for (decoded, tested with `contains`, or
/// absent optional) is recorded, so that the keys left over can be reported as unknown.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let codingPath: [any CodingKey]
    let record: DecodingRecord
    private let keyPath: String
    private let keys: [String]
    private let entries: [String: Node]

    init(mapping: Node.Mapping, path: [any CodingKey], record: DecodingRecord) throws {
        codingPath = path
        self.record = record
        keyPath = ProfileIssue.keyPath(path)
        var keys: [String] = [], entries: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let k) = keyNode else {
                throw ProfileIssue(at: path, "expected text keys, got \(keyNode.profileDescription) as a key")
            }
            guard entries[k.string] == nil else {
                throw ProfileIssue(at: path + [AnyCodingKey(k.string)], "duplicate key")
            }
            keys.append(k.string)
            entries[k.string] = value
        }
        self.keys = keys
        self.entries = entries
        record.requestedKeys[keyPath, default: []].formUnion([])
    }

    var allKeys: [Key] {
        record.openMappings.insert(keyPath)
        return keys.compactMap(Key.init(stringValue:))
    }

    private func note(_ key: Key) { record.requestedKeys[keyPath, default: []].insert(key.stringValue) }

    func contains(_ key: Key) -> Bool {
        note(key)
        return entries[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        note(key)
        return entries[key.stringValue].map { $0.scalar?.isNull ?? false } ?? true
    }

    private func child(_ key: Key, expecting type: Any.Type) throws -> NodeDecoder {
        note(key)
        guard let node = entries[key.stringValue] else { throw missing(key, type) }
        return NodeDecoder(node: node, codingPath: codingPath + [key], record: record)
    }

    /// A missing key is reported as the near-miss key the file has instead (`sizeKB` for
    /// `sizeBytes`, `sizBytes`), when there is one.
    private func missing(_ key: Key, _ type: Any.Type) -> ProfileIssue {
        let requested = record.requestedKeys[keyPath] ?? []
        if let near = keys.first(where: { !requested.contains($0) && KeySuggestion.nearest(to: $0, in: [key.stringValue]) != nil }) {
            return ProfileIssue(at: codingPath + [AnyCodingKey(near)],
                                "unknown key" + KeySuggestion.advice(forUnknown: near, suggestion: key.stringValue))
        }
        return ProfileIssue(at: codingPath + [key], "missing; expected \(ValueForms.expected(type, key: key.stringValue))")
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: child(key, expecting: type)) }

    /// Also records the value of every key named `source` (a reference into `sources`).
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        let value = try child(key, expecting: type).decode(type)
        if key.stringValue == "source" {
            record.sourceReferences.append((ProfileIssue.keyPath(codingPath + [key]), value))
        }
        return value
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key, expecting: type).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key, expecting: type).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key, expecting: type).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key, expecting: type).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key, expecting: type).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key, expecting: type).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key, expecting: type).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key, expecting: type).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key, expecting: type).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key, expecting: type).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key, expecting: type).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key, expecting: type).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key, expecting: type).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key, expecting: Any.self).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key, expecting: [Any].self).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: .mapping(.init(keys.map { (Node($0), entries[$0]!) })), codingPath: codingPath, record: record)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key, expecting: Any.self) }
}
