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
