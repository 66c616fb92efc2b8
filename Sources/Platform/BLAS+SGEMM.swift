import COpenBLAS

extension BLAS {
    /// Single-precision GEMM on row-major matrices: `C ← alpha · op(A) · op(B) + beta · C`,
    /// where `op(X)` is `X` or its transpose.
    ///
    /// `op(A)` is `m × k`, `op(B)` is `k × n` and `C` is `m × n`. Each leading dimension
    /// is the distance in elements between the starts of two consecutive rows of the
    /// matrix *as stored*: `A` is stored `m × k` (`k × m` when `transposeA`), so
    /// `lda ≥ k` (`≥ m` when transposed); likewise `B` is stored `k × n` (`n × k`), and
    /// `ldc ≥ n`. A leading dimension larger than the row length addresses a sub-matrix
    /// of a wider buffer.
    ///
    /// When `beta` is 0, `C` is only written, so it may hold anything (even NaN) on entry.
    ///
    /// Dimensions, leading dimensions or buffers too small for them are programming
    /// errors and stop the process rather than let OpenBLAS read or write out of bounds.
    public static func sgemm(
        transposeA: Bool = false, transposeB: Bool = false,
        m: Int, n: Int, k: Int,
        alpha: Float = 1,
        a: UnsafeBufferPointer<Float>, lda: Int,
        b: UnsafeBufferPointer<Float>, ldb: Int,
        beta: Float = 0,
        c: UnsafeMutableBufferPointer<Float>, ldc: Int
    ) {
        precondition(m >= 0 && n >= 0 && k >= 0, "sgemm: negative dimension m=\(m) n=\(n) k=\(k)")
        let (aRows, aColumns) = transposeA ? (k, m) : (m, k)
        let (bRows, bColumns) = transposeB ? (n, k) : (k, n)
        checkStorage("A", rows: aRows, columns: aColumns, leadingDimension: lda, count: a.count)
        checkStorage("B", rows: bRows, columns: bColumns, leadingDimension: ldb, count: b.count)
        checkStorage("C", rows: m, columns: n, leadingDimension: ldc, count: c.count)
        guard m > 0, n > 0 else { return }

        cblas_sgemm(
            CblasRowMajor,
            transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            blasint(m), blasint(n), blasint(k),
            alpha, a.baseAddress, blasint(lda),
            b.baseAddress, blasint(ldb),
            beta, c.baseAddress, blasint(ldc))
    }

    /// `sgemm` on tightly packed arrays: every leading dimension is the row length
    /// of the matrix as stored. `c` must hold at least `m · n` elements.
    public static func sgemm(
        transposeA: Bool = false, transposeB: Bool = false,
        m: Int, n: Int, k: Int,
        alpha: Float = 1, a: [Float], b: [Float],
        beta: Float = 0, c: inout [Float]
    ) {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    sgemm(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                        alpha: alpha, a: a, lda: max(1, transposeA ? m : k),
                        b: b, ldb: max(1, transposeB ? k : n),
                        beta: beta, c: c, ldc: max(1, n))
                }
            }
        }
    }

    /// Stops the process unless a row-major `rows × columns` matrix with the given
    /// leading dimension fits in `count` elements. BLAS requires `ld ≥ max(1, columns)`
    /// even for empty matrices.
    private static func checkStorage(
        _ name: String, rows: Int, columns: Int, leadingDimension: Int, count: Int
    ) {
        precondition(
            leadingDimension >= max(1, columns),
            "sgemm: leading dimension of \(name) is \(leadingDimension), needs ≥ \(max(1, columns))")
        guard rows > 0, columns > 0 else { return }
        let needed = (rows - 1) * leadingDimension + columns
        precondition(
            count >= needed,
            "sgemm: \(name) holds \(count) elements, \(rows)×\(columns) with ld \(leadingDimension) needs \(needed)")
    }
}
