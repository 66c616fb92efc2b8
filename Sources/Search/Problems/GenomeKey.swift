/// Keys of real-vector genomes.
public enum GenomeKey {
    private static let digits = Array("0123456789abcdefghijklmnopqrstuv".utf8)

    /// A 64-bit digest of the exact bit patterns of `values` (−0 counted as +0), written as 13
    /// base-32 digits (short enough to stay inline in a `String`). Equal vectors share their
    /// key; two different vectors collide with probability about 2⁻⁶⁴, so among 10⁶ genomes the
    /// chance of any collision is below 10⁻⁷.
    /// - Complexity: O(n).
    public static func digest(_ values: [Double]) -> String {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(values.count)
        for (i, x) in values.enumerated() {
            let bits = (x == 0 ? 0 : x).bitPattern
            h ^= mix(bits &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
            h = (h << 27 | h >> 37) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
        }
        h = mix(h)
        return String(unsafeUninitializedCapacity: 13) { buffer in
            for i in 0..<13 {
                buffer[i] = digits[Int((h >> UInt64(60 - 5 * i)) & 31)]
            }
            return 13
        }
    }

    /// MurmurHash3's 64-bit finaliser.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }
}
