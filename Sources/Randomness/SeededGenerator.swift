/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna, "Scrambled linear
/// pseudorandom number generators", ACM TOMS 2021), state seeded by SplitMix64.
///
/// Every random choice in Coforge takes one of these, so runs repeat exactly from a seed. The
/// state is a plain value: copy it to fork a stream, encode it to resume one.
public struct SeededGenerator: RandomNumberGenerator, Hashable, Sendable, Codable {
    // Four words held inline (not in an array): `next` is on the hot path of every search.
    @usableFromInline var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// The four state words.
    public var state: [UInt64] { [s0, s1, s2, s3] }

    public init(seed: UInt64) {
        var s = seed
        s0 = Self.splitMix64(&s)
        s1 = Self.splitMix64(&s)
        s2 = Self.splitMix64(&s)
        s3 = Self.splitMix64(&s)
    }

    /// Restores a generator from `state` (four words, not all zero).
    public init?(state: [UInt64]) {
        guard state.count == 4, state.contains(where: { $0 != 0 }) else { return nil }
        (s0, s1, s2, s3) = (state[0], state[1], state[2], state[3])
    }

    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
    }

    @inlinable @inline(__always) func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    private static func splitMix64(_ s: inout UInt64) -> UInt64 {
        s &+= 0x9E37_79B9_7F4A_7C15
        var z = s
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
