import Foundation
import NetworkIR

extension Network {
    /// `"fnv1a64:"` followed by 16 lowercase hex digits of the FNV-1a 64 hash of `jsonData()`
    /// (pretty-printed, sorted keys). Equal networks have equal fingerprints; any change to a
    /// layer, its name or the network's name changes it.
    ///
    /// - Complexity: O(size of the network JSON).
    public func fingerprint() throws -> String {
        let hex = String(FNV1a64.hash(try jsonData()), radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
