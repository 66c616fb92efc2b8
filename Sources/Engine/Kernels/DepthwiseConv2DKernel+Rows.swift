extension DepthwiseConv2DKernel {
    /// Adds to output row `oy`, for the outputs in `columns`, every tap that reads a real input
    /// pixel: per tap, one `row[ox] += w · x[iy, ox·sx + kx·dx − left]` sweep over the range
    /// clipped by `validColumns`.
    ///
    /// - Complexity: O(kh · kw · |columns|).
    @inline(__always)
    func accumulateRow(
        _ oy: Int, columns: Range<Int>, source: UnsafeMutablePointer<Float>, row: UnsafeMutablePointer<Float>,
        weights: UnsafeMutablePointer<Float>
    ) {
        guard !columns.isEmpty else { return }
        let g = geometry
        for ky in 0..<g.kernelHeight {
            let iy = oy * g.strideY + ky * g.dilationY - g.padTop
            guard iy >= 0 && iy < g.inHeight else { continue }
            for kx in 0..<g.kernelWidth {
                let cols = g.validColumns(kx: kx).clamped(to: columns)
                let line = source + iy * g.inWidth + kx * g.dilationX - g.padLeft
                let w = weights[ky * g.kernelWidth + kx]
                if g.strideX == 1 {
                    for ox in cols { row[ox] += w * line[ox] }
                } else {
                    for ox in cols { row[ox] += w * line[ox * g.strideX] }
                }
            }
        }
    }

    /// Writes `blocks · 8` outputs of one row, `row[ox] = b + Σ w[ky,kx] · x̃[ky, ox·stride + kx]`,
    /// where `x̃` is the zero-bordered scratch plane (`DepthwiseTiling`) from the row's first input
    /// row `top` and `weights` holds each tap's weight broadcast to eight lanes. Padded rows are
    /// `stride · pitch` floats apart; with stride 2, column `2j + p` of a row is at `p·pitch + j`.
    ///
    /// Inlined with literal `size` and `stride` so that the tap loops unroll into contiguous
    /// eight-wide loads and multiply-adds.
    ///
    /// - Complexity: O(size² · blocks) eight-wide multiply-adds.
    @inline(__always)
    func paddedRow(
        size k: Int, stride s: Int, top: UnsafePointer<Float>, pitch: Int, row: UnsafeMutablePointer<Float>,
        blocks: Int, weights: UnsafePointer<SIMD8<Float>>, bias: Float
    ) {
        for block in 0..<blocks {
            let ox = block &* 8
            var acc = SIMD8<Float>(repeating: bias)
            for ky in 0..<k {
                let line = top + (ky &* s &* pitch &+ ox)
                for kx in 0..<k {
                    let offset = s == 1 ? kx : (kx & 1) &* pitch &+ (kx >> 1)
                    let v = UnsafeRawPointer(line + offset).loadUnaligned(as: SIMD8<Float>.self)
                    acc += weights[ky &* k &+ kx] * v
                }
            }
            UnsafeMutableRawPointer(row + ox).storeBytes(of: acc, as: SIMD8<Float>.self)
        }
    }
}
