import Testing
@testable import Engine

@Suite("Parallel GEMM")
struct ParallelGEMMTests {
    /// Shapes large enough to split across workers, along columns (wide C) and along rows
    /// (narrow C), in every transpose combination, against a Double reference.
    @Test(arguments: [(64, 300, 200), (260, 20, 900)], [false, true])
    func matchesReference(shape: (Int, Int, Int), transposed: Bool) {
        if EngineThreads.count < 2 { EngineThreads.count = 2 }
        let (m, n, k) = shape
        let a = randomTensor([m * k], seed: 1).scalars
        let b = randomTensor([k * n], seed: 2).scalars
        var c = [Float](repeating: 1, count: m * n)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    parallelGEMM(
                        transposeA: transposed, transposeB: transposed, m: m, n: n, k: k, alpha: 0.5,
                        a: ap.baseAddress!, lda: transposed ? m : k, b: bp.baseAddress!, ldb: transposed ? k : n,
                        beta: 2, c: cp.baseAddress!, ldc: n)
                }
            }
        }
        var worst = 0.0
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let x = transposed ? a[p * m + i] : a[i * k + p]
                    let y = transposed ? b[j * k + p] : b[p * n + j]
                    sum += Double(x) * Double(y)
                }
                worst = max(worst, abs(0.5 * sum + 2 - Double(c[i * n + j])))
            }
        }
        #expect(worst < 1e-3)
    }
}
