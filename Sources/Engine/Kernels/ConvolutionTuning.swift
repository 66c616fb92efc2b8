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
    nonisolated(unsafe) private static var columnLimit = 1 << 20

    /// GEMM arrangement of non-depthwise, non-pointwise convolutions with batch > 1.
    public static var layout: ConvolutionLayout {
        get { chosenLayout }
        set { chosenLayout = newValue }
    }

    /// The largest im2col matrix, in floats (`N · C·kh·kw · H'W'`), that a training-mode
    /// forward pass keeps for the backward pass instead of recomputing it there; 0 never keeps.
    ///
    /// The default, 2²⁰ (4 MB), comes from ResNet-8 training steps (forward + backward of the
    /// im2col convolutions, one thread, `gemm-efficiency --training-step`): at batch 1 (matrices
    /// up to 0.6 MB) keeping saved 9 % (1.83 against 2.00 ms); at batch 64 it cost 36 % (189
    /// against 139 ms), the 37 MB matrices of the 32x32 layers taking 57 ms against 33 ms
    /// recomputed, because a kept matrix is faulted in and streamed from memory while a
    /// recomputed per-image one stays in L2.
    public static var keptColumnsLimit: Int {
        get { columnLimit }
        set {
            precondition(newValue >= 0, "keptColumnsLimit must not be negative, got \(newValue)")
            columnLimit = newValue
        }
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
