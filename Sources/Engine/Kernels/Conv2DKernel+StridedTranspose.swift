/// The input gradient of a strided convolution as `sy·sx` stride-1 direct convolutions.
///
/// Forward output `oy` reads input row `oy·s + ky·d − top`, so input row `iy = s·a + r` (phase
/// `r`) receives from tap `ky` exactly when `(r + top − ky·d) mod s = 0`, from output row
/// `a + c`, `c = (r + top − ky·d) / s`. Each phase of `dX` is therefore a correlation of `dY`
/// (padded by `max(0, −min c)`) with the taps of that phase and shifts `c`: no col2im and no
/// wasted multiply-adds on the zeros a transposed convolution would insert. Phases no tap
/// reaches (a 1x1 stride-2 filter leaves three of four) are zero.
extension Conv2DKernel {
    struct TransposedPhase: Sendable {
        let rowPhase: Int
        let columnPhase: Int
        /// Nil when no tap reaches this phase.
        let plan: DirectConvolutionPlan?
        /// `[C, C', taps of the phase]`: the filters of the phase's taps, input channels first.
        let weights: [Float]
    }

    /// The phases of `dX`, with `weights` in PyTorch order `[C', C, kh, kw]`.
    func transposedPhases(weights w: UnsafePointer<Float>) -> [TransposedPhase] {
        let g = geometry
        func taps(_ phase: Int, stride: Int, top: Int, dilation: Int, count: Int) -> [(tap: Int, shift: Int)] {
            (0..<count).compactMap { k in
                let offset = phase + top - k * dilation
                return offset % stride == 0 ? (k, offset / stride) : nil
            }
        }
        var phases: [TransposedPhase] = []
        for ry in 0..<g.strideY {
            for rx in 0..<g.strideX {
                let rowTaps = taps(ry, stride: g.strideY, top: g.padTop, dilation: g.dilationY, count: g.kernelHeight)
                let columnTaps = taps(rx, stride: g.strideX, top: g.padLeft, dilation: g.dilationX, count: g.kernelWidth)
                let height = ry < g.inHeight ? (g.inHeight - ry + g.strideY - 1) / g.strideY : 0
                let width = rx < g.inWidth ? (g.inWidth - rx + g.strideX - 1) / g.strideX : 0
                guard !rowTaps.isEmpty, !columnTaps.isEmpty, height > 0, width > 0 else {
                    phases.append(TransposedPhase(rowPhase: ry, columnPhase: rx, plan: nil, weights: []))
                    continue
                }
                let top = max(0, -rowTaps.map(\.shift).min()!)
                let left = max(0, -columnTaps.map(\.shift).min()!)
                let plan = DirectConvolutionPlan(
                    level: simdLevel, inHeight: g.outHeight, inWidth: g.outWidth, outHeight: height, outWidth: width,
                    rowShifts: rowTaps.map { $0.shift + top }, columnShifts: columnTaps.map { $0.shift + left },
                    padTop: top, padLeft: left)
                var weights: [Float] = []
                weights.reserveCapacity(g.inChannels * g.outChannels * plan.taps)
                for ci in 0..<g.inChannels {
                    for co in 0..<g.outChannels {
                        for (ky, _) in rowTaps {
                            for (kx, _) in columnTaps {
                                weights.append(w[((co * g.inChannels + ci) * g.kernelHeight + ky) * g.kernelWidth + kx])
                            }
                        }
                    }
                }
                phases.append(TransposedPhase(rowPhase: ry, columnPhase: rx, plan: plan, weights: weights))
            }
        }
        return phases
    }
}
