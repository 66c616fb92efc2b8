/// How `Conv2DKernel` arranges the GEMMs of a batch.
public enum ConvolutionLayout: String, Sendable, CaseIterable {
    /// The measured best, currently per-image (see `Conv2DKernel.layout(batch:)`).
    case automatic
    /// One im2col and one GEMM per image and group; the product lands directly in NCHW.
    case perImage
    /// One im2col over the whole batch and one GEMM per group with `N·H'W'` columns, followed by
    /// a block copy from `[C', N·H'W']` into NCHW.
    case batched
    /// The im2col-free kernels of `DirectConvolutionPlan` (ungrouped convolutions only; others
    /// fall back to `perImage`).
    case direct
}
