/// How `Conv2DKernel` arranges the GEMMs of a batch.
public enum ConvolutionLayout: String, Sendable, CaseIterable {
    /// The measured best, currently per-image (see `Conv2DKernel.layout(batch:)`).
    case automatic
    /// One im2col and one GEMM per image and group; the product lands directly in NCHW.
    case perImage
    /// One im2col over the whole batch and one GEMM per group with `N·H'W'` columns, followed by
    /// a block copy from `[C', N·H'W']` into NCHW.
    case batched
}

/// Process-wide switches of the convolution kernels, for measurements; the defaults are the
/// measured best choices.
public enum ConvolutionTuning {
    nonisolated(unsafe) private static var chosenLayout = ConvolutionLayout.automatic
    nonisolated(unsafe) private static var keepsColumns = true

    /// GEMM arrangement of non-depthwise, non-pointwise convolutions with batch > 1.
    public static var layout: ConvolutionLayout {
        get { chosenLayout }
        set { chosenLayout = newValue }
    }

    /// Whether a training-mode forward pass keeps its im2col matrix for the backward pass
    /// (memory `N · C·kh·kw · H'W'` floats per layer) instead of recomputing it.
    public static var savesColumns: Bool {
        get { keepsColumns }
        set { keepsColumns = newValue }
    }
}

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

/// A kernel whose inference forward pass is made of GEMMs (convolution, linear).
public protocol GEMMShapeReporting {
    /// The GEMMs one inference forward pass on `batch` items issues, in order.
    func forwardGEMMs(batch: Int) -> [GEMMShape]
}
