/// Appends encoded items to a sequence.
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
