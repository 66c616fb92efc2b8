import Dispatch
import Platform

/// Row-major `C = α·op(A)·op(B) + β·C` split across `workers` (by default `EngineThreads.count`;
/// 1 inside a caller that already runs one task per worker), each calling
/// single-threaded OpenBLAS on a block of columns of C (or of rows, when C is narrow).
///
/// Blocks are multiples of 16 columns (or 8 rows) so every worker keeps whole register tiles of the
/// SkylakeX/Haswell micro-kernels. GEMMs below about 4 MFLOP run on the calling thread.
///
/// - Complexity: O(m·n·k) work in `EngineThreads.count` parallel parts.
func parallelGEMM(
    transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int, workers: Int = EngineThreads.count
) {
    let alongColumns = n >= 32 * workers
    guard workers > 1 && 2 * m * n * k >= 4_000_000 && (alongColumns || m >= 16 * workers) else {
        singleGEMM(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
            a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        return
    }
    let (extent, tile) = alongColumns ? (n, 16) : (m, 8)
    let block = ((extent + workers - 1) / workers + tile - 1) / tile * tile
    let (ap, bp, cp) = (SharedPointer(UnsafeMutablePointer(mutating: a)),
                        SharedPointer(UnsafeMutablePointer(mutating: b)), SharedPointer(c))
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        let start = w * block
        let size = min(block, extent - start)
        guard size > 0 else { return }
        if alongColumns {
            singleGEMM(
                transposeA: transposeA, transposeB: transposeB, m: m, n: size, k: k, alpha: alpha,
                a: ap.base, lda: lda, b: bp.base + (transposeB ? start * ldb : start), ldb: ldb,
                beta: beta, c: cp.base + start, ldc: ldc)
        } else {
            singleGEMM(
                transposeA: transposeA, transposeB: transposeB, m: size, n: n, k: k, alpha: alpha,
                a: ap.base + (transposeA ? start : start * lda), lda: lda, b: bp.base, ldb: ldb,
                beta: beta, c: cp.base + start * ldc, ldc: ldc)
        }
    }
}

@inline(__always)
private func singleGEMM(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    func extent(_ rows: Int, _ columns: Int, _ ld: Int) -> Int {
        rows == 0 || columns == 0 ? 0 : (rows - 1) * ld + columns
    }
    BLAS.sgemm(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: UnsafeBufferPointer(start: a, count: transposeA ? extent(k, m, lda) : extent(m, k, lda)), lda: lda,
        b: UnsafeBufferPointer(start: b, count: transposeB ? extent(n, k, ldb) : extent(k, n, ldb)), ldb: ldb,
        beta: beta,
        c: UnsafeMutableBufferPointer(start: c, count: extent(m, n, ldc)), ldc: ldc)
}
