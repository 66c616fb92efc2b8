/// Process-wide switches of the convolution kernels, for measurements; the defaults are the
/// measured best choices.
public enum ConvolutionTuning {
    nonisolated(unsafe) private static var chosenLayout = ConvolutionLayout.automatic
    nonisolated(unsafe) private static var columnLimit = 1 << 20
    nonisolated(unsafe) private static var pieceMultiplyAdds = 100_000

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
    /// The default, 10⁵ (about 2 µs of one core), cuts ResNet-8@32's 3x3 stack layers (1.2–2.4·10⁶)
    /// into 8 pieces and its stem into 4 (its 1x1 shortcuts run whole, `forwardSubsampled`). Since the
    /// packing runs in the same pool job as the tiles (`ck_parallel_phased`), a piece costs no
    /// extra hand-off. At batch 1 on 2 threads of the Xeon of Benchmarks/README.md, alternating
    /// runs of `coforge-bench inference-latency --piece-multiply-adds` (8 rounds each, one core
    /// busy with another job): pieces of 2·10⁵, 10⁵ and 6.5·10⁴ took a median 0.470, 0.452 and
    /// 0.451 ms per inference. Before the packing joined the job, on the idle machine (load 1.2),
    /// pieces of 4·10⁵ and 10⁵ took 0.54 and 0.52 ms against 0.63 ms unsplit; under load 7–9,
    /// pieces of 10⁵ took 0.49 ms against 0.40 unsplit, the wait for a descheduled thread's last
    /// piece costing more than the split saved. Set it above 3.5·10⁶ to keep ResNet-8 on one
    /// thread on a busy machine.
    public static var minimumPieceMultiplyAdds: Int {
        get { pieceMultiplyAdds }
        set {
            precondition(newValue >= 1, "minimumPieceMultiplyAdds must be at least 1, got \(newValue)")
            pieceMultiplyAdds = newValue
        }
    }
}
