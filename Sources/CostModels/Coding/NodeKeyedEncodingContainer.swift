/// Appends encoded keys to a mapping in the order they are encoded.
struct NodeKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let value: EncodedValue
    let codingPath: [any CodingKey]

    private func append(_ key: Key, _ child: EncodedValue) {
        guard case .mapping(var pairs) = value.content else { return }
        pairs.append((key.stringValue, child))
        value.content = .mapping(pairs)
    }

    mutating func encodeNil(forKey key: Key) {
        let child = EncodedValue()
        child.content = .scalar("~")
        append(key, child)
    }

    mutating func encode<T: Encodable>(_ v: T, forKey key: Key) throws {
        append(key, try NodeEncoder.child(v, path: codingPath + [key]))
    }

    mutating func encode(_ v: Bool, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: String, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Double, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Float, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Int, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Int8, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Int16, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Int32, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: Int64, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: UInt, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: UInt8, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: UInt16, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: UInt32, forKey key: Key) throws { try encode(v, generic: key) }
    mutating func encode(_ v: UInt64, forKey key: Key) throws { try encode(v, generic: key) }

    private mutating func encode<T: Encodable>(_ v: T, generic key: Key) throws {
        append(key, try NodeEncoder.child(v, path: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = EncodedValue()
        append(key, child)
        return NodeEncoder(value: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = EncodedValue()
        append(key, child)
        return NodeEncoder(value: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(value: value, codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = EncodedValue()
        append(key, child)
        return NodeEncoder(value: child, codingPath: codingPath + [key])
    }
}
