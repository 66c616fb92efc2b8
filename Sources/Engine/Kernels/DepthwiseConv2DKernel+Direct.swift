import CKernels

/// The depthwise forward pass on the direct kernels, in one of two forms (`usesRowKernel`):
///
/// - `ck_depthwise_rows` convolves every plane straight from the NCHW input into the NCHW output,
///   copying only a few input rows at a time into zero-bordered lines that stay in L1, with the
///   bias and any fused clamp applied as each output row is stored;
/// - the flattened planes of `DirectConvolutionPlan` (`ck_depthwise_direct`): channels are packed
///   into padded planes, convolved and unpacked a few at a time, so one worker's planes stay in
///   L1/L2 from the copy to the last multiply-add; whole planes are long vector streams, so
///   narrow rows lose no lanes.
extension DepthwiseConv2DKernel {
    /// Channels per pack-convolve-unpack round of the flattened form.
    static let directChannelChunk = 8

    /// Whether the row kernel runs this layer: `rowKernelPreference` if set, else for strided
    /// layers and planes at least 96 wide.
    ///
    /// Measured on MobileNetV2's depthwise layers at batch 1, one thread, AVX-512
    /// (`coforge-bench gemm-efficiency --threads 1 --batch 1 --cpu-time --only depthwise`): rows
    /// ran the stride-2 layers at 2.9–4.6 GFLOP/s against 1.2–3.7 flattened (whose stride-2
    /// packing dominates) and the 112x112 layer at 16.6 against 14.8, while flattened planes ran
    /// the stride-1 layers of 56 columns and fewer at 8.4–18.6 against 2.7–11.8 (rows pay a
    /// fixed cost per row and waste lanes on 7- and 14-wide rows).
    var usesRowKernel: Bool {
        rowKernelPreference ?? (geometry.strideX > 1 || geometry.strideY > 1 || geometry.outWidth >= 96)
    }

    func forwardDirect(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        y: UnsafeMutablePointer<Float>, batch: Int, clamp: ClosedRange<Float>?
    ) {
        guard usesRowKernel else {
            forwardPlanes(x: x, weights: w, bias: bias, y: y, batch: batch, clamp: clamp)
            return
        }
        let g = geometry
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let bp = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let (level, lo, hi) = (simdLevel, clamp?.lowerBound ?? -.infinity, clamp?.upperBound ?? .infinity)
        let channels = g.outChannels
        parallelFor(batch * channels, costPerItem: 2 * g.outPlane * g.taps) { planes in
            var start = planes.lowerBound
            while start < planes.upperBound {
                let c = start % channels
                let count = min(channels - c, planes.upperBound - start)
                ck_depthwise_rows(
                    level, xp.base + start * g.inPlane, count, g.inHeight, g.inWidth, g.kernelHeight, g.kernelWidth,
                    g.strideY, g.strideX, g.dilationY, g.dilationX, g.padTop, g.padLeft, wp.base + c * g.taps,
                    bp.map { $0.base + c }, lo, hi, g.outHeight, g.outWidth, yp.base + start * g.outPlane)
                start += count
            }
        }
    }

    private func forwardPlanes(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        y: UnsafeMutablePointer<Float>, batch: Int, clamp: ClosedRange<Float>?
    ) {
        let g = geometry
        let plan = DirectConvolutionPlan(g, level: simdLevel)
        let chunk = Self.directChannelChunk
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let bp = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let channels = g.outChannels
        parallelFor(batch * channels, costPerItem: 2 * g.outPlane * g.taps) { planes in
            ScratchBuffers.shared.with(count: chunk * (plan.channelStride + plan.positions)) { scratch in
                let computed = scratch + chunk * plan.channelStride
                var start = planes.lowerBound
                while start < planes.upperBound {
                    let c = start % channels
                    let count = min(chunk, channels - c, planes.upperBound - start)
                    plan.pack(xp.base + start * g.inPlane, channels: count, into: scratch)
                    ck_depthwise_direct(plan.level, scratch, count, plan.channelStride, plan.offsets, plan.taps, wp.base + c * g.taps,
                                        computed, plan.positions, plan.positions)
                    plan.unpack(computed, channels: count, bias: bp.map { $0.base + c }, clamp: clamp,
                                into: yp.base + start * g.outPlane)
                    start += count
                }
            }
        }
    }
}
