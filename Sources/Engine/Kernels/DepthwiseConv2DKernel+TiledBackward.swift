extension DepthwiseConv2DKernel {
    /// Backward of the SIMD path for the channels `channels` of every image, on the scratch
    /// layout of `DepthwiseTiling`.
    ///
    /// The input plane is padded as in the forward pass (`x̃`) and the output gradient copied to
    /// rows of `outputPitch` floats with zero tails (`dỸ`), so eight-wide blocks need no bounds:
    /// `dW[ky,kx] += Σ_{oy, blocks} dỸ[oy, ·] · x̃[oy·s + ky, ··s + kx]` and, into a zeroed padded
    /// plane, `dX̃[oy·s + ky, ··s + kx] += w[ky,kx] · dỸ[oy, ·]`, whose interior is dX. Channels
    /// are the unit of work, so each worker owns its dW rows.
    ///
    /// - Complexity: O(N · |channels| · H'W' · size²) multiply-adds for each of dW and dX, plus
    ///   O(N · |channels| · padded plane) copies.
    func backwardTiled(
        _ t: DepthwiseTiling, channels: Range<Int>, batch: Int, x: SharedPointer<Float>, dy: SharedPointer<Float>,
        w: SharedPointer<Float>, dx: SharedPointer<Float>, dw: SharedPointer<Float>
    ) {
        let g = geometry
        ScratchBuffers.shared.with(count: 2 * t.paddedCount + t.outputPitch * t.outputRows) { scratch in
            let padded = scratch, paddedGradient = scratch + t.paddedCount, gradient = scratch + 2 * t.paddedCount
            for c in channels {
                for n in 0..<batch {
                    let plane = n * g.inChannels + c
                    t.pad(x.advanced(by: plane * g.inPlane), into: padded, geometry: g)
                    let source = dy.advanced(by: plane * g.outPlane)
                    for oy in 0..<g.outHeight {
                        let row = gradient + oy * t.outputPitch
                        row.update(from: source + oy * g.outWidth, count: g.outWidth)
                        ConvolutionGeometry.zero(row + g.outWidth, count: t.outputPitch - g.outWidth)
                    }
                    paddedGradient.update(repeating: 0, count: t.paddedCount)
                    let weights = UnsafePointer(w.advanced(by: c * g.taps))
                    let weightGradient = dw.advanced(by: c * g.taps)
                    switch (t.size, t.stride) {
                    case (3, 1): tiledPlane(size: 3, stride: 1, t, padded, gradient, weights, weightGradient, paddedGradient)
                    case (3, 2): tiledPlane(size: 3, stride: 2, t, padded, gradient, weights, weightGradient, paddedGradient)
                    case (5, 1): tiledPlane(size: 5, stride: 1, t, padded, gradient, weights, weightGradient, paddedGradient)
                    default: tiledPlane(size: 5, stride: 2, t, padded, gradient, weights, weightGradient, paddedGradient)
                    }
                    t.unpad(paddedGradient, into: dx.advanced(by: plane * g.inPlane), geometry: g)
                }
            }
        }
    }

    /// One plane's dW contribution and padded dX, inlined with literal `size` and `stride`.
    @inline(__always)
    private func tiledPlane(
        size k: Int, stride s: Int, _ t: DepthwiseTiling, _ padded: UnsafeMutablePointer<Float>,
        _ gradient: UnsafeMutablePointer<Float>, _ weights: UnsafePointer<Float>, _ dw: UnsafeMutablePointer<Float>,
        _ paddedGradient: UnsafeMutablePointer<Float>
    ) {
        let blocks = t.outputPitch / 8
        let rows = geometry.outHeight
        for ky in 0..<k {
            for kx in 0..<k {
                let offset = s == 1 ? kx : (kx & 1) &* t.pitch &+ (kx >> 1)
                let weight = SIMD8<Float>(repeating: weights[ky &* k &+ kx])
                var acc = SIMD8<Float>()
                for oy in 0..<rows {
                    let shift = (oy &* s &+ ky) &* t.rowStride &+ offset
                    let x = UnsafeRawPointer(padded + shift)
                    let out = UnsafeMutableRawPointer(paddedGradient + shift)
                    let d = UnsafeRawPointer(gradient + oy &* t.outputPitch)
                    for block in 0..<blocks {
                        let bytes = block &* 32
                        let dv = d.loadUnaligned(fromByteOffset: bytes, as: SIMD8<Float>.self)
                        acc += dv * x.loadUnaligned(fromByteOffset: bytes, as: SIMD8<Float>.self)
                        let sum = out.loadUnaligned(fromByteOffset: bytes, as: SIMD8<Float>.self) + weight * dv
                        out.storeBytes(of: sum, toByteOffset: bytes, as: SIMD8<Float>.self)
                    }
                }
                dw[ky &* k &+ kx] += acc.sum()
            }
        }
    }
}
