import Yams

/// A `Decoder` over a Yams node tree that names the key path and the expected form in every
/// error (`ProfileIssue`) and records the keys each mapping was asked for in a `DecodingRecord`.
///
/// Numbers must be plain (unquoted) scalars: `"32768"` or `32 KB` where bytes are expected is a
/// string and an error. Anchors and aliases are not part of the profile format.
struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let record: DecodingRecord
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch("a mapping") }
        return KeyedDecodingContainer(try NodeKeyedContainer<Key>(mapping: mapping, path: codingPath, record: record))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch("a list") }
        return NodeUnkeyedContainer(items: Array(sequence), codingPath: codingPath, record: record)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ expected: String) -> ProfileIssue {
        ProfileIssue(at: codingPath, "expected \(expected), got \(node.profileDescription)")
    }

    // MARK: single values

    func decodeNil() -> Bool { node.scalar?.isNull ?? false }

    func decode(_ type: String.Type) throws -> String {
        guard case .scalar(let s) = node, !s.isNull else { throw mismatch("a string") }
        return s.string
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .scalar(let s) = node, s.isPlain, let b = ["true": true, "false": false][s.string] else {
            throw mismatch("true or false")
        }
        return b
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .scalar(let s) = node, s.isPlain, let x = Double(s.string), x.isFinite else {
            throw mismatch("a number" + ValueForms.unitTail(codingPath))
        }
        return x
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer() }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
    func decode(_ type: UInt.Type) throws -> UInt { try integer() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }

    private func integer<I: FixedWidthInteger>() throws -> I {
        guard case .scalar(let s) = node, s.isPlain, let i = I(s.string) else {
            throw mismatch("a whole number" + ValueForms.unitTail(codingPath))
        }
        return i
    }
}
