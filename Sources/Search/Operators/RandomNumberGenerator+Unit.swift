extension RandomNumberGenerator {
    /// A uniform double in [0, 1) from the top 53 bits of one draw.
    @inlinable
    mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
