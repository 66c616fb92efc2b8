/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna, "Scrambled linear
/// pseudorandom number generators", ACM TOMS 2021), state seeded by SplitMix64.
///
/// Every random choice in Coforge takes one of these, so runs repeat exactly from a seed. The
/// state is a plain value: copy it to fork a stream, encode it to resume one.
public struct SeededGenerator: RandomNumberGenerator, Hashable, Sendable, Codable {
    public private(set) var state: [UInt64]

    public init(seed: UInt64) {
        var s = seed
        state = (0..<4).map { _ in Self.splitMix64(&s) }
    }

    /// Restores a generator from `state` (four words, not all zero).
    public init?(state: [UInt64]) {
        guard state.count == 4, state.contains(where: { $0 != 0 }) else { return nil }
        self.state = state
    }

    public mutating func next() -> UInt64 {
        let result = rotl(state[1] &* 5, 7) &* 9
        let t = state[1] << 17
        state[2] ^= state[0]
        state[3] ^= state[1]
        state[1] ^= state[2]
        state[0] ^= state[3]
        state[2] ^= t
        state[3] = rotl(state[3], 45)
        return result
    }

    /// An independent generator for a sub-task, derived from this one's next output and `stream`.
    public mutating func split(stream: UInt64 = 0) -> SeededGenerator {
        SeededGenerator(seed: next() ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    }

    enum CodingKeys: String, CodingKey { case state }

    /// Decodes `{"state": [4 words]}`, rejecting states `init?(state:)` rejects.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let words = try c.decode([UInt64].self, forKey: .state)
        guard let g = SeededGenerator(state: words) else {
            throw DecodingError.dataCorruptedError(
                forKey: .state, in: c, debugDescription: "expected four 64-bit words, not all zero")
        }
        self = g
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    private static func splitMix64(_ s: inout UInt64) -> UInt64 {
        s &+= 0x9E37_79B9_7F4A_7C15
        var z = s
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
