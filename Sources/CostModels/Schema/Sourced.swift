/// A number in a hardware profile together with the id of the source it comes from.
///
/// In YAML it is the mapping `{value: 32768, source: lscpu}`: the unit is in the key that holds
/// the mapping (`sizeBytes`), and `source` names an entry of the profile's `sources` table.
public struct Sourced<Value: ProfileNumber>: Hashable, Sendable {
    public var value: Value
    /// Key of an entry in `HardwareProfile.sources`.
    public var source: String

    public init(_ value: Value, source: String) {
        self.value = value
        self.source = source
    }
}

/// A physical quantity: positive and finite; the unit is in the key name.
public typealias Quantity = Sourced<Double>
/// A positive whole number (sizes in bytes, core counts, cycles).
public typealias Count = Sourced<Int>

/// The numbers a `Sourced` may hold, with the rule a profile value must satisfy.
public protocol ProfileNumber: Codable, Hashable, Sendable {
    /// Whether the value is acceptable in a profile (finite and positive).
    var isValidProfileValue: Bool { get }
    /// The form expected, for error messages: "a positive number".
    static var expectedForm: String { get }
}

extension Double: ProfileNumber {
    public var isValidProfileValue: Bool { isFinite && self > 0 }
    public static var expectedForm: String { "a positive number" }
}

extension Int: ProfileNumber {
    public var isValidProfileValue: Bool { self > 0 }
    public static var expectedForm: String { "a positive whole number" }
}

extension Sourced: Codable {
    enum CodingKeys: String, CodingKey { case value, source }

    /// A bare number (`sizeBytes: 32768`) is refused: every number needs its source.
    public init(from decoder: any Decoder) throws {
        let key = decoder.codingPath.last?.stringValue ?? ""
        guard let c = try? decoder.container(keyedBy: CodingKeys.self) else {
            let found = (decoder as? NodeDecoder)?.node.profileDescription ?? "something else"
            throw ProfileIssue(at: decoder.codingPath, "expected \(Self.expectedForm(forKey: key)), got \(found); every number needs a source")
        }
        let value = try c.decode(Value.self, forKey: .value)
        let path = c.codingPath + [CodingKeys.value]
        guard value.isValidProfileValue else {
            throw ProfileIssue(at: path, "expected \(Value.expectedForm)\(ValueForms.unitTail(path)), got \(value)")
        }
        self.init(value, source: try c.decode(String.self, forKey: .source))
    }
}
