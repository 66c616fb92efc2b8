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
