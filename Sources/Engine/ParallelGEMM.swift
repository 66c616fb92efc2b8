import Dispatch
import Platform

/// Row-major `C = α·op(A)·op(B) + β·C` split across `EngineThreads.count` workers, each calling
/// single-threaded OpenBLAS on a block of columns of C (or of rows, when C is narrow).
///
/// Blocks are multiples of 16 columns (or 8 rows) so every worker keeps whole register tiles of the
/// SkylakeX/Haswell micro-kernels. GEMMs below about 4 MFLOP run on the calling thread.
///
/// - Complexity: O(m·n·k) work in `EngineThreads.count` parallel parts.
func parallelGEMM(
    transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    let workers = EngineThreads.count
    let flops = 2 * m * n * k
    if workers > 1 && flops >= 4_000_000 {
        if n >= 32 * workers {
            let block = ((n + workers - 1) / workers + 15) / 16 * 16
            let (ap, bp, cp) = (SharedPointer(UnsafeMutablePointer(mutating: a)),
                                SharedPointer(UnsafeMutablePointer(mutating: b)), SharedPointer(c))
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let start = w * block
                let width = min(block, n - start)
                guard width > 0 else { return }
                singleGEMM(
                    transposeA: transposeA, transposeB: transposeB, m: m, n: width, k: k, alpha: alpha,
                    a: ap.base, lda: lda, b: bp.base + (transposeB ? start * ldb : start), ldb: ldb,
                    beta: beta, c: cp.base + start, ldc: ldc)
            }
            return
        }
        if m >= 16 * workers {
            let block = ((m + workers - 1) / workers + 7) / 8 * 8
            let (ap, bp, cp) = (SharedPointer(UnsafeMutablePointer(mutating: a)),
                                SharedPointer(UnsafeMutablePointer(mutating: b)), SharedPointer(c))
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let start = w * block
                let height = min(block, m - start)
                guard height > 0 else { return }
                singleGEMM(
                    transposeA: transposeA, transposeB: transposeB, m: height, n: n, k: k, alpha: alpha,
                    a: ap.base + (transposeA ? start : start * lda), lda: lda, b: bp.base, ldb: ldb,
                    beta: beta, c: cp.base + start * ldc, ldc: ldc)
            }
            return
        }
    }
    singleGEMM(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
        a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
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
