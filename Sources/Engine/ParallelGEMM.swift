import Platform

/// Row-major `C = α·op(A)·op(B) + β·C` on `workers` threads (by default `EngineThreads.count`;
/// 1 inside a caller that already runs one task per worker, such as the batch-parallel
/// convolution).
///
/// OpenBLAS stays single-threaded; a product large enough to share is cut into `workers` blocks
/// of C's columns (or of its rows, when C has more rows than columns), multiples of 16 wide, and
/// each block is one single-threaded sgemm on a thread of the Engine's pool (`runPieces`).
/// OpenBLAS's own threads, switched on for the call, were measured against this at batch 1
/// (2 cores, loaded machine): with the pool's helper spinning between layers the two sets of
/// threads oversubscribed the cores, and MobileNetV2's classifier (a 1000x1280 product) took
/// 1.6 ms on one thread and 16 ms on two.
///
/// - Complexity: O(m·n·k).
func parallelGEMM(
    transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int, workers: Int = EngineThreads.count
) {
    let byColumns = n >= m
    let length = byColumns ? n : m
    let chunk = ((length + workers - 1) / max(workers, 1) + 15) / 16 * 16
    guard workers > 1, 2 * m * n * k >= 1_000_000, chunk < length else {
        gemmBlock(transposeA: transposeA, transposeB: transposeB, rows: 0..<m, columns: 0..<n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        return
    }
    let (ap, bp, cp) = (SharedPointer(UnsafeMutablePointer(mutating: a)), SharedPointer(UnsafeMutablePointer(mutating: b)),
                        SharedPointer(c))
    runPieces((length + chunk - 1) / chunk, workers: workers) { piece in
        let part = piece * chunk..<min((piece + 1) * chunk, length)
        gemmBlock(
            transposeA: transposeA, transposeB: transposeB, rows: byColumns ? 0..<m : part, columns: byColumns ? part : 0..<n,
            k: k, alpha: alpha, a: ap.base, lda: lda, b: bp.base, ldb: ldb, beta: beta, c: cp.base, ldc: ldc)
    }
}

/// Rows `rows` and columns `columns` of the product of `parallelGEMM`, as one single-threaded sgemm.
private func gemmBlock(
    transposeA: Bool, transposeB: Bool, rows: Range<Int>, columns: Range<Int>, k: Int, alpha: Float,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    func extent(_ rows: Int, _ columns: Int, _ ld: Int) -> Int {
        rows == 0 || columns == 0 ? 0 : (rows - 1) * ld + columns
    }
    let (m, n) = (rows.count, columns.count)
    let a = transposeA ? a + rows.lowerBound : a + rows.lowerBound * lda
    let b = transposeB ? b + columns.lowerBound * ldb : b + columns.lowerBound
    BLAS.sgemm(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: UnsafeBufferPointer(start: a, count: transposeA ? extent(k, m, lda) : extent(m, k, lda)), lda: lda,
        b: UnsafeBufferPointer(start: b, count: transposeB ? extent(n, k, ldb) : extent(k, n, ldb)), ldb: ldb,
        beta: beta,
        c: UnsafeMutableBufferPointer(start: c + rows.lowerBound * ldc + columns.lowerBound, count: extent(m, n, ldc)),
        ldc: ldc)
}
