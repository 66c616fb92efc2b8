import Platform
import Testing

/// OpenBLAS's thread count is process-wide, so these run one at a time.
@Suite(.serialized) struct BLASTests {
    /// [1 2 3; 4 5 6] · [7 8; 9 10; 11 12] = [58 64; 139 154]: small integers, exact in Float.
    let a: [Float] = [1, 2, 3, 4, 5, 6]
    let b: [Float] = [7, 8, 9, 10, 11, 12]
    let product: [Float] = [58, 64, 139, 154]

    @Test func multipliesKnownProduct() {
        var c = [Float](repeating: .nan, count: 4)
        BLAS.sgemm(m: 2, n: 2, k: 3, a: a, b: b, c: &c)
        #expect(c == product)
    }

    @Test func multipliesTransposedOperands() {
        let aTransposed: [Float] = [1, 4, 2, 5, 3, 6]  // 3×2
        let bTransposed: [Float] = [7, 9, 11, 8, 10, 12]  // 2×3
        var c = [Float](repeating: 0, count: 4)
        BLAS.sgemm(transposeA: true, transposeB: true, m: 2, n: 2, k: 3, a: aTransposed, b: bTransposed, c: &c)
        #expect(c == product)

        BLAS.sgemm(transposeA: true, m: 2, n: 2, k: 3, a: aTransposed, b: b, c: &c)
        #expect(c == product)
    }

    @Test func scalesByAlphaAndAccumulatesBeta() {
        var c: [Float] = [1, 2, 3, 4]
        BLAS.sgemm(m: 2, n: 2, k: 3, alpha: 2, a: a, b: b, beta: -1, c: &c)
        #expect(c == [115, 126, 275, 304])
    }

    @Test func honoursLeadingDimensions() {
        // A sits in the first 3 columns of a 2×4 buffer, C in the first 2 of a 2×3 one.
        let paddedA: [Float] = [1, 2, 3, -99, 4, 5, 6, -99]
        var paddedC: [Float] = [0, 0, -7, 0, 0, -7]
        paddedA.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                paddedC.withUnsafeMutableBufferPointer { c in
                    BLAS.sgemm(m: 2, n: 2, k: 3, a: a, lda: 4, b: b, ldb: 2, c: c, ldc: 3)
                }
            }
        }
        #expect(paddedC == [58, 64, -7, 139, 154, -7])
    }

    @Test func rejectsUndersizedBuffer() async {
        await #expect(processExitsWith: .failure) {
            var c = [Float](repeating: 0, count: 3)
            BLAS.sgemm(m: 2, n: 2, k: 3, a: [1, 2, 3, 4, 5, 6], b: [7, 8, 9, 10, 11, 12], c: &c)
        }
    }

    @Test func threadCountRoundTrips() {
        let original = BLAS.threadCount
        defer { BLAS.threadCount = original }
        #expect(original >= 1)
        BLAS.threadCount = 1
        #expect(BLAS.threadCount == 1)
        BLAS.threadCount = 2
        #expect(BLAS.threadCount == 2)
        BLAS.threadCount = original
        #expect(BLAS.threadCount == original)
    }

    @Test func reportsCoreAndConfiguration() {
        #expect(!BLAS.coreName.isEmpty)
        #expect(BLAS.configuration.contains("OpenBLAS"))
    }
}
