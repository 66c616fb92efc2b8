/// Process-wide switches of the convolution kernels, for measurements; the defaults are the
/// measured best choices.
public enum ConvolutionTuning {
    nonisolated(unsafe) private static var chosenLayout = ConvolutionLayout.automatic
    nonisolated(unsafe) private static var columnLimit = 1 << 20
    nonisolated(unsafe) private static var pieceMultiplyAdds = 2_000_000

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

    /// Least multiply-adds per piece when one image's direct convolution is split over the
    /// worker pool (`DirectConvolutionTiles`); layers below two pieces run on the calling thread.
    ///
    /// The default, 2·10⁶ (about 40 µs of one core), keeps every layer of ResNet-8@32 (at most
    /// 3.5·10⁶) on one thread: at batch 1 on 2 threads of the shared Xeon of Benchmarks/README.md
    /// (load 7–9), pieces of 10⁵ took a median 0.49 ms per inference against 0.40 ms unsplit over
    /// six alternating rounds (`coforge-bench inference-latency --piece-multiply-adds`), the wait
    /// for the other thread's last piece costing more than the split saved.
    public static var minimumPieceMultiplyAdds: Int {
        get { pieceMultiplyAdds }
        set {
            precondition(newValue >= 1, "minimumPieceMultiplyAdds must be at least 1, got \(newValue)")
            pieceMultiplyAdds = newValue
        }
    }
}
