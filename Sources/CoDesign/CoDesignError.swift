/// Why a co-design candidate cannot be priced.
public struct CoDesignError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
