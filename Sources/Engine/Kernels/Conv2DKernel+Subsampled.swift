import CKernels

/// 1x1 convolutions that `.pointwise` does not take (strided or padded: ResNet's projection
/// shortcuts). Their direct-convolution plan has one tap at offset 0 and planes exactly `H' × W'`,
/// so the packed phase-0 plane of each channel is the subsampled input, contiguous: `ck_conv_pointwise`
/// multiplies it straight into `y` with the bias, any addend and any clamp, with no output scratch
/// and no unpacking. ResNet-8's 16→32 stride-2 shortcut took about 13 µs through `ck_conv_direct`
/// (`coforge-bench gemm-efficiency --only shortcut`, 1 thread), a third of sgemm's speed.
extension Conv2DKernel {
    func forwardSubsampled(
        _ plan: DirectConvolutionPlan, x: UnsafePointer<Float>, weights w: UnsafePointer<Float>,
        bias: UnsafePointer<Float>?, addend: UnsafePointer<Float>?, y: UnsafeMutablePointer<Float>, batch: Int,
        clamp: ClosedRange<Float>?
    ) {
        let g = geometry
        let slots = g.inChannels * plan.channelStride
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let bp = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let ap = addend.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let (lo, hi) = (clamp?.lowerBound ?? -.infinity, clamp?.upperBound ?? .infinity)
        runPieces(batch, workers: min(EngineThreads.count, batch)) { n in
            ScratchBuffers.shared.with(count: slots) { scratch in
                plan.pack(xp.base + n * g.inImage, channels: g.inChannels, into: scratch)
                ck_conv_pointwise(plan.level, scratch, g.inChannels, plan.channelStride, wp.base, bp?.base,
                                  ap.map { $0.base + n * g.outImage }, lo, hi, g.outChannels, yp.base + n * g.outImage,
                                  g.outPlane, g.outPlane)
            }
        }
    }
}
