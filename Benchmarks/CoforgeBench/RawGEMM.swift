import Engine
import Platform
import Randomness

/// `count` calls of `cblas_sgemm` with one GEMM shape, on random operands allocated once: one
/// `A` shared by the calls (as a kernel shares its weights across images) and a separate `B` and
/// `C` per call (as a kernel reads and writes each image's own columns and output).
struct RawGEMM {
    let shape: GEMMShape
    private let a: [Float]
    private let b: [Float]
    private var c: [Float]

    init(shape: GEMMShape, using generator: inout SeededGenerator) {
        self.shape = shape
        a = (0..<shape.m * shape.k).map { _ in Float.random(in: -1...1, using: &generator) }
        b = (0..<shape.k * shape.n * shape.count).map { _ in Float.random(in: -1...1, using: &generator) }
        c = [Float](repeating: 0, count: shape.m * shape.n * shape.count)
    }

    /// Runs the GEMMs with OpenBLAS's own threading at `EngineThreads.count` threads (the Engine
    /// otherwise keeps OpenBLAS single-threaded and splits GEMMs itself).
    mutating func run() {
        let engineBLASThreads = BLAS.threadCount
        BLAS.threadCount = EngineThreads.count
        defer { BLAS.threadCount = engineBLASThreads }
        let s = shape
        let (bBlock, cBlock) = (s.k * s.n, s.m * s.n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    for call in 0..<s.count {
                        BLAS.sgemm(
                            transposeA: s.transposeA, transposeB: s.transposeB, m: s.m, n: s.n, k: s.k,
                            a: a, lda: max(1, s.transposeA ? s.m : s.k),
                            b: UnsafeBufferPointer(rebasing: b[(call * bBlock)..<((call + 1) * bBlock)]),
                            ldb: max(1, s.transposeB ? s.k : s.n),
                            c: UnsafeMutableBufferPointer(rebasing: c[(call * cBlock)..<((call + 1) * cBlock)]),
                            ldc: max(1, s.n))
                    }
                }
            }
        }
    }
}
