import Dispatch
import Platform

/// Thread control for the Engine's own kernels and for OpenBLAS.
///
/// OpenBLAS parallelises each GEMM internally; the Engine's element-wise, pooling, depthwise and
/// im2col kernels split their outer loop over `count` workers with `DispatchQueue.concurrentPerform`.
public enum EngineThreads {
    nonisolated(unsafe) private static var configured: Int = 0

    /// Number of worker threads for Engine kernels and OpenBLAS. Defaults to OpenBLAS's own count
    /// (which honours `OPENBLAS_NUM_THREADS`).
    public static var count: Int {
        get { configured > 0 ? configured : max(1, BLAS.threadCount) }
        set {
            precondition(newValue >= 1, "EngineThreads.count must be at least 1, got \(newValue)")
            configured = newValue
            BLAS.threadCount = newValue
        }
    }
}

/// A pointer that may cross into `concurrentPerform` workers; each worker must touch a disjoint range.
@usableFromInline
struct SharedPointer<T>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<T>
    @usableFromInline init(_ base: UnsafeMutablePointer<T>) { self.base = base }
    @inlinable subscript(i: Int) -> T {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }
    @inlinable func advanced(by n: Int) -> UnsafeMutablePointer<T> { base + n }
}

/// Splits `0..<count` into contiguous chunks and runs `body(range)` for each, in parallel when the
/// work is large enough to pay for the hand-off.
///
/// - Parameters:
///   - count: number of independent items.
///   - costPerItem: rough work per item in scalar operations; below about 32 K operations in
///     total the loop runs on the calling thread.
@inlinable
func parallelFor(_ count: Int, costPerItem: Int = 1, _ body: @Sendable (Range<Int>) -> Void) {
    guard count > 0 else { return }
    let workers = min(EngineThreads.count, count)
    if workers <= 1 || count * max(costPerItem, 1) < 32_768 {
        body(0..<count)
        return
    }
    let chunk = (count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        let start = w * chunk
        let end = min(start + chunk, count)
        if start < end { body(start..<end) }
    }
}
