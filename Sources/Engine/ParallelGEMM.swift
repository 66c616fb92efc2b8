import Platform

/// Row-major `C = α·op(A)·op(B) + β·C` on `workers` threads (by default `EngineThreads.count`;
/// 1 inside a caller that already runs one task per worker, such as the batch-parallel
/// convolution).
///
/// OpenBLAS stays single-threaded between calls (see `EngineThreads`) and gets `workers` threads
/// for the duration of this call only. Splitting C into column blocks across the Engine's own
/// workers instead was measured against this on MobileNetV2 and ResNet-8 layers (2 cores): the
/// same latency within the machine's noise, and 86–92 % against 96–97 % of raw multi-threaded
/// sgemm on MobileNetV2's GEMMs, so OpenBLAS's threading is used.
///
/// - Complexity: O(m·n·k).
func parallelGEMM(
    transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int, workers: Int = EngineThreads.count
) {
    func extent(_ rows: Int, _ columns: Int, _ ld: Int) -> Int {
        rows == 0 || columns == 0 ? 0 : (rows - 1) * ld + columns
    }
    let threaded = workers > 1 && 2 * m * n * k >= 1_000_000
    if threaded { BLAS.threadCount = workers }
    defer { if threaded { BLAS.threadCount = 1 } }
    BLAS.sgemm(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: UnsafeBufferPointer(start: a, count: transposeA ? extent(k, m, lda) : extent(m, k, lda)), lda: lda,
        b: UnsafeBufferPointer(start: b, count: transposeB ? extent(n, k, ldb) : extent(k, n, ldb)), ldb: ldb,
        beta: beta,
        c: UnsafeMutableBufferPointer(start: c, count: extent(m, n, ldc)), ldc: ldc)
}
