/// Stable ordering of doubles by value with a least-significant-digit radix sort on their bit
/// patterns mapped to order-preserving unsigned integers (sign bit flipped for non-negative
/// values, all bits flipped for negative ones). Byte passes in which every key has the same
/// digit are skipped.
enum RadixOrder {
    /// Indices of `values` in ascending order of value (ties keep their order).
    /// - Precondition: no NaN.
    /// - Complexity: O(8 (n + 256)).
    static func ascending(_ values: UnsafeBufferPointer<Double>, stride: Int = 1, offset: Int = 0) -> [Int32] {
        let n = values.count / stride
        var order = [Int32](repeating: 0, count: n)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n) { keyStorage in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { scratchOrder in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * 256) { counts in
                    counts.initialize(repeating: 0)
                    var keys = keyStorage.baseAddress!, scratchKeys = keys + n
                    for i in 0..<n {
                        let bits = (values[i * stride + offset] + 0).bitPattern
                        let key = bits >> 63 == 0 ? bits | (1 << 63) : ~bits
                        keys[i] = key
                        for pass in 0..<8 { counts[pass * 256 + Int((key >> UInt64(pass * 8)) & 255)] += 1 }
                    }
                    order.withUnsafeMutableBufferPointer { orderBuffer in
                        var current = orderBuffer.baseAddress!, scratch = scratchOrder.baseAddress!
                        for i in 0..<n { current[i] = Int32(i) }
                        var inScratch = false
                        for pass in 0..<8 {
                            let histogram = counts.baseAddress! + pass * 256
                            if (0..<256).contains(where: { histogram[$0] == n }) { continue }
                            var total = 0
                            for digit in 0..<256 {
                                let c = histogram[digit]
                                histogram[digit] = total
                                total += c
                            }
                            let shift = UInt64(pass * 8)
                            for i in 0..<n {
                                let digit = Int((keys[i] >> shift) & 255)
                                let position = histogram[digit]
                                scratchKeys[position] = keys[i]
                                scratch[position] = current[i]
                                histogram[digit] = position + 1
                            }
                            swap(&keys, &scratchKeys)
                            swap(&current, &scratch)
                            inScratch.toggle()
                        }
                        if inScratch { orderBuffer.baseAddress!.update(from: current, count: n) }
                    }
                }
            }
        }
        return order
    }
}
