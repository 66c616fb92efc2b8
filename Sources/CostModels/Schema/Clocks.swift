/// Clock frequencies of the device's compute units.
public struct Clocks: Hashable, Sendable, Codable {
    /// The sustained (base, nominal) clock the cost models use.
    public var coreClockHz: Quantity
    /// The highest (turbo / boost) clock, for reference.
    public var maxClockHz: Quantity?

    public init(coreClockHz: Quantity, maxClockHz: Quantity? = nil) {
        self.coreClockHz = coreClockHz
        self.maxClockHz = maxClockHz
    }
}
