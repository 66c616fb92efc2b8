/// Whether an objective is to be made small or large.
public enum Direction: String, Codable, Sendable, Hashable {
    case minimize
    case maximize
}

/// One objective of a `Problem`: a name (with its unit, e.g. `latencySeconds`) and a direction.
public struct Objective: Codable, Sendable, Hashable {
    public var name: String
    public var direction: Direction

    public init(_ name: String, _ direction: Direction) {
        self.name = name
        self.direction = direction
    }

    /// `value` turned into a quantity to minimise (maximised objectives are negated).
    @inlinable
    public func minimized(_ value: Double) -> Double {
        direction == .minimize ? value : -value
    }
}
