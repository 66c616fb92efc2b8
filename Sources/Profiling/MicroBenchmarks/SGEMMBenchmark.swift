import Engine
import Platform

/// Single-precision GEMM throughput over a grid of shapes (OpenBLAS through `BLAS.sgemm`, at the
/// profiled thread count): the best rate is the machine's measured compute peak, the roofline's
/// `peakFLOPsPerCyclePerCore` once divided by the clock and the threads.
public struct SGEMMBenchmark: Sendable {
    /// The sizes each of M, N and K takes; every combination is timed.
    public var sizes: [Int]
    public var timing: RepeatedTiming

    public init(sizes: [Int], timing: RepeatedTiming) {
        self.sizes = sizes
        self.timing = timing
    }

    public struct Result: Sendable, Hashable {
        public var m: Int, n: Int, k: Int
        public var flopsPerSecond: Double
    }

    /// Each shape's rate, in grid order; `beforeEach` runs before each shape is timed (a
    /// `QuietGate`), `progress` gets the share done.
    ///
    /// - Complexity: O(Σ M·N·K) over the grid, times the repeats.
    public func run(threads: Int, beforeEach: () -> Void = {}, progress: (Double) -> Void = { _ in }) -> [Result] {
        let previous = BLAS.threadCount
        BLAS.threadCount = threads
        defer { BLAS.threadCount = previous }
        let shapes = sizes.flatMap { m in sizes.flatMap { n in sizes.map { k in (m, n, k) } } }
        var results: [Result] = []
        for (index, (m, n, k)) in shapes.enumerated() {
            let a = [Float](repeating: 0.5, count: m * k), b = [Float](repeating: 0.25, count: k * n)
            var c = [Float](repeating: 0, count: m * n)
            beforeEach()
            let seconds = timing.seconds { BLAS.sgemm(m: m, n: n, k: k, a: a, b: b, c: &c) }
            results.append(Result(m: m, n: n, k: k, flopsPerSecond: 2 * Double(m * n * k) / seconds))
            progress(Double(index + 1) / Double(shapes.count))
        }
        return results
    }
}
