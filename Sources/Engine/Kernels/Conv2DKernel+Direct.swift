import CKernels

/// The direct (im2col-free) convolution of `DirectConvolutionPlan`, for ungrouped convolutions
/// that are not plain 1x1 products.
///
/// Forward: pack the image's channels into phase planes, run `ck_conv_direct` (at batch 1 in
/// tiles of output channels and rows, `DirectConvolutionTiles`, in one pool job after the
/// packing pieces; otherwise one image per piece of the worker pool), and unpack with the bias,
/// any fused addend and any fused clamp; 1x1 filters skip the scratch (`forwardSubsampled`).
/// Backward per image:
/// `dW += Σₚ dY[co, p] · planes[ci, offset_t + p]` (`ck_conv_weight_gradient`, which keeps four
/// partial sums per weight so that the last horizontal sums happen once per thread and batch, in
/// `ck_reduce_lanes`, and which runs over
/// up to eight images laid end to end so that small planes still give long accumulations, or,
/// one image at a time, reads `dY` from the `dX` pass's padded planes), and for stride 1 `dX` as the direct convolution of the padded
/// `dY` with the transposed, flipped filters (`W'[ci, co, t] = W[co, ci, T−1−t]`, padding
/// `d·(k−1) − pad`); strided convolutions take `dX` phase by phase (`transposedPhases`), and
/// stride-1 ones padded wider than their filter through `Wᵀ·dY` and col2im.
extension Conv2DKernel {
    func forwardDirect(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        addend: UnsafePointer<Float>? = nil, y: UnsafeMutablePointer<Float>, batch: Int, clamp: ClosedRange<Float>?
    ) {
        let g = geometry
        let plan = DirectConvolutionPlan(g, level: simdLevel)
        if plan.isSubsampling {
            forwardSubsampled(plan, x: x, weights: w, bias: bias, addend: addend, y: y, batch: batch, clamp: clamp)
            return
        }
        let slots = g.inChannels * plan.channelStride
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let bp = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let ap = addend.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let workers = min(EngineThreads.count, batch)
        if workers > 1 {
            // One image per piece, claimed one at a time, so a descheduled worker delays one image.
            let computed = g.outChannels * plan.positions
            runPieces(batch, workers: workers) { n in
                ScratchBuffers.shared.with(count: slots + computed) { scratch in
                    plan.pack(xp.base + n * g.inImage, channels: g.inChannels, into: scratch)
                    ck_conv_direct(plan.level, scratch, g.inChannels, plan.channelStride, plan.offsets, plan.taps, wp.base,
                                   g.outChannels, scratch + slots, plan.positions, plan.positions)
                    plan.unpack(scratch + slots, channels: g.outChannels, bias: bp?.base, clamp: clamp,
                                addend: ap.map { $0.base + n * g.outImage }, into: yp.base + n * g.outImage)
                }
            }
            return
        }
        let tiles = DirectConvolutionTiles(plan: plan, inChannels: g.inChannels, outChannels: g.outChannels,
                                           workers: EngineThreads.count,
                                           minimumMultiplyAdds: minimumPieceMultiplyAdds ?? ConvolutionTuning.minimumPieceMultiplyAdds)
        let weightStride = g.inChannels * plan.taps
        ScratchBuffers.shared.with(count: slots + tiles.inputSlack + tiles.computedFloats) { scratch in
            let sp = SharedPointer(scratch)
            let computed = scratch + slots + tiles.inputSlack
            let cp = SharedPointer(computed)
            let packParts = packParts(plan, pieces: tiles.count)
            let perPart = (g.inChannels + packParts - 1) / packParts
            for n in 0..<batch {
                let image = SharedPointer(xp.base + n * g.inImage)
                // Packing pieces (channel ranges) first, then the tiles, in one job of the pool.
                runPhasedPieces(packParts + tiles.count, first: packParts) { index in
                    guard index >= packParts else {
                        let first = index * perPart
                        let count = min(perPart, g.inChannels - first)
                        if count > 0 {
                            plan.pack(image.base + first * g.inPlane, channels: count, into: sp.base + first * plan.channelStride)
                        }
                        return
                    }
                    let (channels, rows, offset) = tiles.tile(index - packParts)
                    let out = cp.base + offset
                    ck_conv_direct(plan.level, sp.base + rows.lowerBound * plan.pitch, g.inChannels, plan.channelStride,
                                   plan.offsets, plan.taps, wp.base + channels.lowerBound * weightStride, channels.count,
                                   out, tiles.chunkPositions, tiles.chunkPositions)
                    let output = n * g.outImage + channels.lowerBound * g.outPlane + rows.lowerBound * g.outWidth
                    plan.unpack(out, channels: channels.count, stride: tiles.chunkPositions, rows: rows,
                                bias: bp.map { $0.base + channels.lowerBound }, clamp: clamp,
                                addend: ap.map { $0.base + output }, into: yp.base + output)
                }
            }
        }
    }

    /// Channel ranges one image's packing is split into when the layer runs in `pieces` tiles:
    /// one per worker when the copy is large enough to be worth sharing (two per worker measured
    /// no better on ResNet-8: 0.57 against 0.51 ms, 8 alternating rounds at 2 threads).
    private func packParts(_ plan: DirectConvolutionPlan, pieces: Int) -> Int {
        let g = geometry
        guard pieces > 1 else { return 1 }
        return max(1, min(EngineThreads.count, g.inChannels, g.inChannels * plan.channelStride / Self.packedFloatsPerPiece))
    }

    /// Least floats of packed planes per piece of a parallel pack (8 KB, under a µs of copying).
    static let packedFloatsPerPiece = 2_048

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
        let phases = transposed == nil && (g.strideY > 1 || g.strideX > 1) ? transposedPhases(weights: p.w) : []
        let phaseScratch = phases.compactMap(\.plan).map { g.outChannels * $0.channelStride + g.inChannels * $0.positions }.max()
        let dxScratch = transposed.map { g.outChannels * $0.channelStride + g.inChannels * $0.positions }
            ?? phaseScratch ?? g.columnRows * g.outPlane
        let workers = min(EngineThreads.count, batch)
        let lanes = ck_position_block(plan.level)
        let partialCount = weightCount * ck_gradient_lanes(plan.level)
        let partials = UnsafeMutablePointer<Float>.allocate(capacity: workers * partialCount)
        defer { partials.deallocate() }
        partials.initialize(repeating: 0, count: workers * partialCount)
        // The weight gradient runs over `group` images at once, laid end to end along the position
        // axis, so that its lane partial sums are flushed once per group rather than per image.
        // Strided convolutions keep one image per call: their slots hold every phase plane, several
        // times the output positions, which would all be multiplied through.
        let imageSlot = (plan.imageSlot + lanes - 1) / lanes * lanes
        let strided = g.strideY * g.strideX > 1
        let group = strided ? 1 : max(1, min(8, (1 << 16) / ((g.inChannels + g.outChannels) * imageSlot)))
        let xStride = group * imageSlot + plan.offsets.max()! + lanes
        let dyStride = group * imageSlot
        let gradientScratch = g.inChannels * xStride + g.outChannels * dyStride
        // One image at a time with "same" padding: the weight gradient reads dY inside the padded
        // planes the dX pass packs anyway, instead of spreading it once more.
        let reusesPlanes = group == 1 && transposed.map { $0.pitch == plan.pitch } == true
        let (xp, dyp, wp, dxp) = (SharedPointer(UnsafeMutablePointer(mutating: p.x)), SharedPointer(UnsafeMutablePointer(mutating: p.dy)),
                                  SharedPointer(UnsafeMutablePointer(mutating: p.w)), SharedPointer(p.dx))
        let partialsPointer = SharedPointer(partials)
        flipped.withUnsafeBufferPointer { flippedWeights in
            let fp = SharedPointer(UnsafeMutablePointer(mutating: flippedWeights.baseAddress!))
            // Pieces of `group` images, claimed one at a time; each thread adds into its own partials.
            runPieces((batch + group - 1) / group, workers: workers) { piece in
                ScratchBuffers.shared.with(count: gradientScratch + dxScratch) { scratch in
                    let dw = partialsPointer.base + min(ck_worker_index(), workers - 1) * partialCount
                    let (xs, dys, work) = (scratch, scratch + g.inChannels * xStride, scratch + gradientScratch)
                    let chunk = piece * group..<min((piece + 1) * group, batch)
                    for (b, n) in chunk.enumerated() {
                        plan.pack(xp.base + n * g.inImage, channels: g.inChannels, into: xs + b * imageSlot,
                                  stride: xStride, zeroTo: imageSlot)
                        if !reusesPlanes {
                            plan.spread(dyp.base + n * g.outImage, channels: g.outChannels, into: dys + b * imageSlot,
                                        stride: dyStride, zeroTo: imageSlot)
                        }
                    }
                    let filled = chunk.count * imageSlot
                    for ci in 0..<g.inChannels {
                        (xs + ci * xStride + filled).update(repeating: 0, count: xStride - filled)
                    }
                    if reusesPlanes, let t = transposed {
                        t.pack(dyp.base + chunk.first! * g.outImage, channels: g.outChannels, into: work)
                        ck_conv_weight_gradient(plan.level, work + t.padTop * t.pitch + t.padLeft, g.outChannels,
                                                t.channelStride, xs, g.inChannels, xStride, plan.offsets, taps,
                                                plan.positions, dw)
                    } else {
                        ck_conv_weight_gradient(plan.level, dys, g.outChannels, dyStride, xs, g.inChannels, xStride,
                                                plan.offsets, taps, group == 1 ? plan.positions : filled, dw)
                    }
                    for n in chunk {
                        let dy = dyp.base + n * g.outImage
                        let dx = dxp.base + n * g.inImage
                        if let t = transposed {
                            let computed = work + g.outChannels * t.channelStride
                            if !reusesPlanes { t.pack(dy, channels: g.outChannels, into: work) }
                            ck_conv_direct(t.level, work, g.outChannels, t.channelStride, t.offsets, taps, fp.base,
                                           g.inChannels, computed, t.positions, t.positions)
                            t.unpack(computed, channels: g.inChannels, bias: nil, clamp: nil, into: dx)
                        } else if !phases.isEmpty {
                            backwardPhases(phases, dy: dy, scratch: work, dx: dx)
                        } else {
                            parallelGEMM(
                                transposeA: true, m: g.columnRows, n: g.outPlane, k: g.outChannels, a: wp.base,
                                lda: g.columnRows, b: dy, ldb: g.outPlane, c: work, ldc: g.outPlane, workers: 1)
                            g.col2im(columns: work, columnStride: g.outPlane, images: 1, output: dx)
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
