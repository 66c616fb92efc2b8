import CKernels
import Dispatch

/// The direct (im2col-free) convolution of `DirectConvolutionPlan`, for ungrouped convolutions
/// that are not plain 1x1 products.
///
/// Forward: pack the image's channels into phase planes, run `ck_conv_direct` (output channels
/// split over workers at batch 1, images over workers otherwise), and unpack with the bias and
/// any fused clamp. Backward per image: `dW += Σₚ dY[co, p] · planes[ci, offset_t + p]`
/// (`ck_conv_weight_gradient`, which keeps one partial sum per vector lane so that the
/// horizontal sums happen once per worker and batch, in `ck_reduce_lanes`; with "same" padding
/// it reads `dY` inside the padded planes of the `dX` pass instead of spreading it again), and for stride 1 `dX` as the direct convolution of the padded
/// `dY` with the transposed, flipped filters (`W'[ci, co, t] = W[co, ci, T−1−t]`, padding
/// `d·(k−1) − pad`); strided convolutions take `dX` phase by phase (`transposedPhases`), and
/// stride-1 ones padded wider than their filter through `Wᵀ·dY` and col2im.
extension Conv2DKernel {
    func forwardDirect(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        y: UnsafeMutablePointer<Float>, batch: Int, clamp: ClosedRange<Float>?
    ) {
        let g = geometry
        let plan = DirectConvolutionPlan(g, level: simdLevel)
        let slots = g.inChannels * plan.channelStride
        let computed = g.outChannels * plan.positions
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let bp = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let workers = min(EngineThreads.count, batch)
        if workers > 1 {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                ScratchBuffers.shared.with(count: slots + computed) { scratch in
                    for n in stride(from: worker, to: batch, by: workers) {
                        plan.pack(xp.base + n * g.inImage, channels: g.inChannels, into: scratch)
                        ck_conv_direct(plan.level, scratch, g.inChannels, plan.channelStride, plan.offsets, plan.taps, wp.base,
                                       g.outChannels, scratch + slots, plan.positions, plan.positions)
                        plan.unpack(scratch + slots, channels: g.outChannels, bias: bp?.base, clamp: clamp,
                                    into: yp.base + n * g.outImage)
                    }
                }
            }
            return
        }
        let weightStride = g.inChannels * plan.taps
        ScratchBuffers.shared.with(count: slots + computed) { scratch in
            let sp = SharedPointer(scratch)
            for n in 0..<batch {
                plan.pack(xp.base + n * g.inImage, channels: g.inChannels, into: scratch)
                parallelFor((g.outChannels + 3) / 4, costPerItem: 8 * weightStride * plan.positions) { blocks in
                    let first = blocks.lowerBound * 4
                    let count = min(blocks.upperBound * 4, g.outChannels) - first
                    let out = sp.base + slots + first * plan.positions
                    ck_conv_direct(plan.level, sp.base, g.inChannels, plan.channelStride, plan.offsets, plan.taps,
                                   wp.base + first * weightStride, count, out, plan.positions, plan.positions)
                    plan.unpack(out, channels: count, bias: bp.map { $0.base + first }, clamp: clamp,
                                into: yp.base + n * g.outImage + first * g.outPlane)
                }
            }
        }
    }

    /// The plan of `dX` as a stride-1 direct convolution of `dY`, when the forward pass has stride 1
    /// and padding no larger than the dilated filter.
    var transposedPlan: DirectConvolutionPlan? {
        let g = geometry
        let top = g.dilationY * (g.kernelHeight - 1) - g.padTop
        let left = g.dilationX * (g.kernelWidth - 1) - g.padLeft
        guard g.strideY == 1, g.strideX == 1, top >= 0, left >= 0 else { return nil }
        return DirectConvolutionPlan(
            level: simdLevel, inHeight: g.outHeight, inWidth: g.outWidth, outHeight: g.inHeight, outWidth: g.inWidth,
            kernelHeight: g.kernelHeight, kernelWidth: g.kernelWidth, strideY: 1, strideX: 1,
            dilationY: g.dilationY, dilationX: g.dilationX, padTop: top, padLeft: left)
    }

    /// `dx` of one image from the phases of `transposedPhases`; phases no tap reaches keep the
    /// zeros `dx` holds on entry.
    private func backwardPhases(
        _ phases: [TransposedPhase], dy: UnsafePointer<Float>, scratch: UnsafeMutablePointer<Float>,
        dx: UnsafeMutablePointer<Float>
    ) {
        let g = geometry
        for phase in phases {
            guard let plan = phase.plan else { continue }
            let computed = scratch + g.outChannels * plan.channelStride
            plan.pack(dy, channels: g.outChannels, into: scratch)
            phase.weights.withUnsafeBufferPointer { w in
                ck_conv_direct(plan.level, scratch, g.outChannels, plan.channelStride, plan.offsets, plan.taps,
                               w.baseAddress!, g.inChannels, computed, plan.positions, plan.positions)
            }
            ck_scatter_phase(computed, g.inChannels, plan.positions, plan.outHeight, plan.outWidth, plan.pitch,
                             g.strideY, g.strideX, phase.rowPhase, phase.columnPhase, g.inHeight, g.inWidth, dx)
        }
    }

    /// Writes `dx` (zeroed on entry) and `dw` (zeroed) for `batch` images, spread over workers by image.
    func backwardDirect(_ p: ConvolutionBackwardBuffers, batch: Int) {
        let g = geometry
        let plan = DirectConvolutionPlan(g, level: simdLevel)
        let transposed = transposedPlan
        let taps = plan.taps
        let weightCount = g.outChannels * g.inChannels * taps
        var flipped = [Float](repeating: 0, count: transposed == nil ? 1 : weightCount)
        if transposed != nil {
            for co in 0..<g.outChannels {
                for ci in 0..<g.inChannels {
                    for t in 0..<taps {
                        flipped[(ci * g.outChannels + co) * taps + taps - 1 - t] = p.w[(co * g.inChannels + ci) * taps + t]
                    }
                }
            }
        }
        let slots = g.inChannels * plan.channelStride
        let grid = g.outChannels * plan.positions
        let phases = transposed == nil && (g.strideY > 1 || g.strideX > 1) ? transposedPhases(weights: p.w) : []
        let phaseScratch = phases.compactMap(\.plan).map { g.outChannels * $0.channelStride + g.inChannels * $0.positions }.max()
        let dxScratch = transposed.map { g.outChannels * $0.channelStride + g.inChannels * $0.positions }
            ?? phaseScratch ?? g.columnRows * g.outPlane
        let workers = min(EngineThreads.count, batch)
        let lanes = ck_position_block(plan.level)
        let partialCount = weightCount * lanes
        let partials = UnsafeMutablePointer<Float>.allocate(capacity: workers * partialCount)
        defer { partials.deallocate() }
        partials.initialize(repeating: 0, count: workers * partialCount)
        let (xp, dyp, wp, dxp) = (SharedPointer(UnsafeMutablePointer(mutating: p.x)), SharedPointer(UnsafeMutablePointer(mutating: p.dy)),
                                  SharedPointer(UnsafeMutablePointer(mutating: p.w)), SharedPointer(p.dx))
        let partialsPointer = SharedPointer(partials)
        flipped.withUnsafeBufferPointer { flippedWeights in
            let fp = SharedPointer(UnsafeMutablePointer(mutating: flippedWeights.baseAddress!))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                ScratchBuffers.shared.with(count: slots + grid + dxScratch) { scratch in
                    let dw = partialsPointer.base + worker * partialCount
                    for n in stride(from: worker, to: batch, by: workers) {
                        let dy = dyp.base + n * g.outImage
                        plan.pack(xp.base + n * g.inImage, channels: g.inChannels, into: scratch)
                        let work = scratch + slots + grid
                        var (dyGrid, dyStride) = (scratch + slots, plan.positions)
                        if let t = transposed {
                            t.pack(dy, channels: g.outChannels, into: work)
                        }
                        if let t = transposed, t.pitch == plan.pitch {
                            (dyGrid, dyStride) = (work + t.padTop * t.pitch + t.padLeft, t.channelStride)
                        } else {
                            plan.spread(dy, channels: g.outChannels, into: dyGrid)
                        }
                        ck_conv_weight_gradient(plan.level, dyGrid, g.outChannels, dyStride, scratch, g.inChannels,
                                                plan.channelStride, plan.offsets, taps, plan.positions, dw)
                        if let t = transposed {
                            let computed = work + g.outChannels * t.channelStride
                            ck_conv_direct(t.level, work, g.outChannels, t.channelStride, t.offsets, taps, fp.base,
                                           g.inChannels, computed, t.positions, t.positions)
                            t.unpack(computed, channels: g.inChannels, bias: nil, clamp: nil, into: dxp.base + n * g.inImage)
                        } else if !phases.isEmpty {
                            backwardPhases(phases, dy: dy, scratch: work, dx: dxp.base + n * g.inImage)
                        } else {
                            parallelGEMM(
                                transposeA: true, m: g.columnRows, n: g.outPlane, k: g.outChannels, a: wp.base,
                                lda: g.columnRows, b: dy, ldb: g.outPlane, c: work, ldc: g.outPlane, workers: 1)
                            g.col2im(columns: work, columnStride: g.outPlane, images: 1, output: dxp.base + n * g.inImage)
                        }
                    }
                }
            }
        }
        for worker in 0..<workers {
            ck_reduce_lanes(plan.level, partials + worker * partialCount, weightCount, p.dw)
        }
    }
}
