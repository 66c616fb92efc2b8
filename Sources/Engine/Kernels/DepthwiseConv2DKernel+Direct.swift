import CKernels

/// The depthwise forward pass on the direct kernels (`DirectConvolutionPlan`,
/// `ck_depthwise_direct`): channels are packed, convolved and unpacked a few at a time, so one
/// worker's planes stay in L1/L2 from the copy to the last multiply-add.
extension DepthwiseConv2DKernel {
    /// Channels per pack-convolve-unpack round.
    static let directChannelChunk = 8

    func forwardDirect(
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
