/// One GEMM shape a kernel issues, `count` times per call: `C[m×n] = op(A)[m×k] · op(B)[k×n]`.
public struct GEMMShape: Sendable, Hashable {
    public var m: Int
    public var n: Int
    public var k: Int
    public var transposeA: Bool
    public var transposeB: Bool
    public var count: Int

    public init(m: Int, n: Int, k: Int, transposeA: Bool = false, transposeB: Bool = false, count: Int = 1) {
        self.m = m
        self.n = n
        self.k = k
        self.transposeA = transposeA
        self.transposeB = transposeB
        self.count = count
    }

    /// Floating-point operations of all `count` products (a multiply-add counts as two).
    public var flops: Int { 2 * m * n * k * count }
}
