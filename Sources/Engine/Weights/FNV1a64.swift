/// The 64-bit FNV-1a hash (Fowler, Noll & Vo; IETF draft-eastlake-fnv): for each byte,
/// `h = (h XOR byte) · 1099511628211 mod 2⁶⁴`, starting from 14695981039346656037.
///
/// Not cryptographic: it fingerprints a network description so that weights are not loaded into
/// a different network by mistake.
public enum FNV1a64 {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// - Complexity: O(bytes).
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offsetBasis
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= prime
        }
        return h
    }
}
