/// Bernoulli trials that take a probability-½ trial from one cached bit of a 64-bit draw
/// (exact: each bit of a uniform word is a fair coin) and any other from a uniform double.
struct BernoulliTrials {
    private var word: UInt64 = 0
    private var bitsLeft = 0

    /// `true` with probability `p`.
    @inline(__always)
    mutating func trial<R: RandomNumberGenerator>(_ p: Double, using generator: inout R) -> Bool {
        guard p == 0.5 else { return generator.unitInterval() < p }
        if bitsLeft == 0 {
            word = generator.next()
            bitsLeft = 64
        }
        let bit = word & 1
        word >>= 1
        bitsLeft -= 1
        return bit == 1
    }
}
