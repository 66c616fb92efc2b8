/// An `Encoder` that builds a Yams node tree (through `EncodedValue`) for profile types.
struct NodeEncoder: Encoder, SingleValueEncodingContainer {
    let value: EncodedValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .mapping = value.content {} else { value.content = .mapping([]) }
        return KeyedEncodingContainer(NodeKeyedEncodingContainer<Key>(value: value, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .sequence = value.content {} else { value.content = .sequence([]) }
        return NodeUnkeyedEncodingContainer(value: value, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// Encodes `item` into a new child value (flow style for `FlowStyleEncodable`).
    static func child(_ item: some Encodable, path: [any CodingKey]) throws -> EncodedValue {
        let child = EncodedValue()
        if let scalar = item as? any ProfileScalarText {
            child.content = .scalar(scalar.profileText)
        } else {
            try item.encode(to: NodeEncoder(value: child, codingPath: path))
        }
        child.flow = item is any FlowStyleEncodable
        return child
    }

    func encodeNil() { value.content = .scalar("~") }
    func encode(_ v: Bool) { value.content = .scalar(v.profileText) }
    func encode(_ v: String) { value.content = .scalar(v) }
    func encode(_ v: Double) { value.content = .scalar(v.profileText) }
    func encode(_ v: Float) { value.content = .scalar(v.profileText) }
    func encode(_ v: Int) { value.content = .scalar(String(v)) }
    func encode(_ v: Int8) { value.content = .scalar(String(v)) }
    func encode(_ v: Int16) { value.content = .scalar(String(v)) }
    func encode(_ v: Int32) { value.content = .scalar(String(v)) }
    func encode(_ v: Int64) { value.content = .scalar(String(v)) }
    func encode(_ v: UInt) { value.content = .scalar(String(v)) }
    func encode(_ v: UInt8) { value.content = .scalar(String(v)) }
    func encode(_ v: UInt16) { value.content = .scalar(String(v)) }
    func encode(_ v: UInt32) { value.content = .scalar(String(v)) }
    func encode(_ v: UInt64) { value.content = .scalar(String(v)) }

    func encode<T: Encodable>(_ v: T) throws {
        let child = try Self.child(v, path: codingPath)
        value.content = child.content
        value.flow = child.flow
    }
}

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

struct NodeUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let value: EncodedValue
    let codingPath: [any CodingKey]

    var count: Int {
        if case .sequence(let items) = value.content { return items.count }
        return 0
    }

    private func append(_ child: EncodedValue) {
        guard case .sequence(var items) = value.content else { return }
        items.append(child)
        value.content = .sequence(items)
    }

    private var nextPath: [any CodingKey] { codingPath + [AnyCodingKey(index: count)] }

    mutating func encodeNil() {
        let child = EncodedValue()
        child.content = .scalar("~")
        append(child)
    }

    mutating func encode<T: Encodable>(_ v: T) throws { append(try NodeEncoder.child(v, path: nextPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = EncodedValue()
        let path = nextPath
        append(child)
        return NodeEncoder(value: child, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = EncodedValue()
        let path = nextPath
        append(child)
        return NodeEncoder(value: child, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = EncodedValue()
        let path = nextPath
        append(child)
        return NodeEncoder(value: child, codingPath: path)
    }
}
