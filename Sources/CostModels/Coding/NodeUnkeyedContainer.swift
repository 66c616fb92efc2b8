import Yams

/// The items of a YAML sequence, each decoded with its index in the key path.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let codingPath: [any CodingKey]
    let record: DecodingRecord
    var currentIndex = 0

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func nextDecoder() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw ProfileIssue(at: codingPath, "expected more items than the \(items.count) given")
        }
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex], codingPath: codingPath + [AnyCodingKey(index: currentIndex)], record: record)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].scalar?.isNull == true else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: nextDecoder()) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try nextDecoder().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try nextDecoder().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try nextDecoder().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try nextDecoder().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try nextDecoder().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try nextDecoder().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try nextDecoder().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try nextDecoder().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try nextDecoder().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try nextDecoder().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try nextDecoder().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try nextDecoder().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try nextDecoder().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try nextDecoder().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try nextDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try nextDecoder() }
}
