import CKernels
import Platform

/// Thread control for the Engine's kernels.
///
/// The Engine parallelises its own loops — images of a batch in convolutions, index ranges in
/// element-wise, pooling, depthwise and im2col kernels, output tiles of one convolution at batch
/// 1, blocks of a large GEMM (`parallelGEMM`) — on the persistent worker pool of `ck_parallel`
/// (`runPieces`), and keeps OpenBLAS single-threaded.
/// Measured on ResNet-8 at batch 1 (2 cores), OpenBLAS's worker threads left running between
/// calls spent about 30 % of the time in `sched_yield` hand-offs and competed with the Engine's
/// element-wise workers.
public enum EngineThreads {
    nonisolated(unsafe) private static var configured: Int = 0

    /// Number of worker threads. Defaults to OpenBLAS's own count at start-up (which honours
    /// `OPENBLAS_NUM_THREADS`, else the number of cores).
    public static var count: Int {
        get {
            if configured == 0 { configure(max(1, BLAS.threadCount)) }
            return configured
        }
        set {
            precondition(newValue >= 1, "EngineThreads.count must be at least 1, got \(newValue)")
            configure(newValue)
        }
    }

    private static func configure(_ threads: Int) {
        configured = threads
        BLAS.threadCount = 1
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

/// Runs `body(i)` for every `i < count` on the calling thread and up to `workers − 1` threads of
/// the Engine's persistent pool (`ck_parallel`), which claim pieces one at a time and so never
/// make the caller wait for a thread that has not started; returns when all pieces have run.
///
/// This replaced `DispatchQueue.concurrentPerform`, which hands every layer to a libdispatch
/// thread that may have parked since the last one, and OpenBLAS's own threads inside large GEMMs,
/// which competed with the Engine's workers for the cores. MobileNetV2 at batch 1 on 2 threads,
/// alternating runs on a loaded machine: a median of 231 ms per inference before and 40 ms after
/// this change together with the 1x1 and depthwise kernels (Benchmarks/README.md).
func runPieces(_ count: Int, workers: Int = EngineThreads.count, _ body: @Sendable (Int) -> Void) {
    withoutActuallyEscaping(body) { body in
        var task = body
        withUnsafeMutablePointer(to: &task) { pointer in
            ck_parallel(workers, count, { context, index in
                context!.assumingMemoryBound(to: (@Sendable (Int) -> Void).self).pointee(index)
            }, pointer)
        }
    }
}

/// `runPieces` in two phases of one pool job: every `body(i)` with `i < first` has returned before
/// any with `i ≥ first` starts (`ck_parallel_phased`). Two dependent loops thus cost one hand-off
/// to the pool instead of two.
func runPhasedPieces(_ count: Int, first: Int, workers: Int = EngineThreads.count, _ body: @Sendable (Int) -> Void) {
    withoutActuallyEscaping(body) { body in
        var task = body
        withUnsafeMutablePointer(to: &task) { pointer in
            ck_parallel_phased(workers, count, first, { context, index in
                context!.assumingMemoryBound(to: (@Sendable (Int) -> Void).self).pointee(index)
            }, pointer)
        }
    }
}

/// Splits `0..<count` into contiguous chunks and runs `body(range)` for each, in parallel when the
/// work is large enough to pay for the hand-off.
///
/// - Parameters:
///   - count: number of independent items.
///   - costPerItem: rough work per item in scalar operations; below about 32 K operations in
///     total the loop runs on the calling thread.
func parallelFor(_ count: Int, costPerItem: Int = 1, _ body: @Sendable (Range<Int>) -> Void) {
    guard count > 0 else { return }
    let workers = min(EngineThreads.count, count)
    if workers <= 1 || count * max(costPerItem, 1) < 32_768 {
        body(0..<count)
        return
    }
    let chunk = (count + workers - 1) / workers
    runPieces(workers, workers: workers) { w in
        let start = w * chunk
        let end = min(start + chunk, count)
        if start < end { body(start..<end) }
    }
}
