import Platform

/// `C ← op(A) · op(B) + beta · C` on row-major sub-matrices given by base pointers and leading
/// dimensions, through Platform's checked `BLAS.sgemm`.
///
/// Each buffer is exposed to BLAS with exactly the extent its dimensions and leading dimension
/// address, so the bounds check covers the sub-matrix and nothing beyond it.
@inline(__always)
func convolutionGEMM(
    transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    func extent(_ rows: Int, _ columns: Int, _ ld: Int) -> Int {
        rows == 0 || columns == 0 ? 0 : (rows - 1) * ld + columns
    }
    BLAS.sgemm(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
        a: UnsafeBufferPointer(start: a, count: transposeA ? extent(k, m, lda) : extent(m, k, lda)), lda: lda,
        b: UnsafeBufferPointer(start: b, count: transposeB ? extent(n, k, ldb) : extent(k, n, ldb)), ldb: ldb,
        beta: beta,
        c: UnsafeMutableBufferPointer(start: c, count: extent(m, n, ldc)), ldc: ldc)
}
