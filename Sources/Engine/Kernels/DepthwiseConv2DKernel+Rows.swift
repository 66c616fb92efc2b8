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

    /// Adds all `size × size` taps to the interior outputs `columns` of one row, eight outputs
    /// per step. `top` addresses input `(oy·stride − top, −left)`, so tap `(ky, kx)` of output
    /// `ox` is `top[ky·W + ox·stride + kx]`. With stride 2 a step loads 16 consecutive inputs per
    /// tap and keeps the even (`kx` even) or odd lanes; steps whose load would pass the end of
    /// the input row fall back to scalars.
    ///
    /// Inlined with literal `size` and `stride` so that the tap loops unroll.
    ///
    /// - Complexity: O(size² · |columns|).
    @inline(__always)
    func interiorRow(
        size k: Int, stride s: Int, top: UnsafeMutablePointer<Float>, row: UnsafeMutablePointer<Float>,
        weights: UnsafeMutablePointer<Float>, columns: Range<Int>
    ) {
        let width = geometry.inWidth
        let rowEnd = geometry.padLeft + width
        var ox = columns.lowerBound
        while ox + 8 <= columns.upperBound && (s == 1 || 2 * ox + k + 15 <= rowEnd) {
            var acc = UnsafeRawPointer(row + ox).loadUnaligned(as: SIMD8<Float>.self)
            for ky in 0..<k {
                let line = UnsafeRawPointer(top + ky * width + s * ox)
                for kx in 0..<k {
                    let v: SIMD8<Float>
                    if s == 1 {
                        v = line.loadUnaligned(fromByteOffset: kx * 4, as: SIMD8<Float>.self)
                    } else {
                        let low = line.loadUnaligned(fromByteOffset: kx * 4, as: SIMD8<Float>.self)
                        let high = line.loadUnaligned(fromByteOffset: (kx + 8) * 4, as: SIMD8<Float>.self)
                        v = SIMD8(lowHalf: low.evenHalf, highHalf: high.evenHalf)
                    }
                    acc += SIMD8(repeating: weights[ky * k + kx]) * v
                }
            }
            UnsafeMutableRawPointer(row + ox).storeBytes(of: acc, as: SIMD8<Float>.self)
            ox += 8
        }
        while ox < columns.upperBound {
            var acc = row[ox]
            for ky in 0..<k {
                let line = top + ky * width + s * ox
                for kx in 0..<k { acc += weights[ky * k + kx] * line[kx] }
            }
            row[ox] = acc
            ox += 1
        }
    }
}
