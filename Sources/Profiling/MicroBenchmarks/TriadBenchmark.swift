/// Memory bandwidth by STREAM's triad, `a[i] = b[i] + s·c[i]` (McCalpin, IEEE TCCA Newsletter
/// 1995), on one thread, over working sets sized for each memory level: 12 bytes per element
/// per pass (two reads, one write; write-allocate traffic not counted, as STREAM does).
public struct TriadBenchmark: Sendable {
    public var timing: RepeatedTiming

    public init(timing: RepeatedTiming) { self.timing = timing }

    /// Bytes per second with the three arrays together taking about `workingSetBytes`.
    ///
    /// - Complexity: O(workingSetBytes) per pass; passes repeat to at least 2 ms per sample.
    public func bandwidth(workingSetBytes: Int) -> Double {
        let count = max(64, workingSetBytes / 12)
        var a = [Float](repeating: 0, count: count)
        let b = [Float](repeating: 1, count: count), c = [Float](repeating: 2, count: count)
        let passes = max(1, 2_000_000 / count)
        let scalar: Float = 3
        let seconds = a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeBufferPointer { c in
                    timing.seconds {
                        for _ in 0..<passes { Self.triad(a, b, c, scalar) }
                    }
                }
            }
        }
        return Double(12 * count * passes) / seconds
    }

    @inline(never)
    static func triad(_ a: UnsafeMutableBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>,
                      _ c: UnsafeBufferPointer<Float>, _ s: Float) {
        for i in 0..<a.count { a[i] = b[i] + s * c[i] }
    }
}
