extension ConvolutionGeometry {
    /// The adjoint of `im2col`: adds every column entry back onto the input pixel it was read
    /// from, `dX[n, c, iy, ix] += Σ columns[(c, ky, kx), (n, oy, ox)]` over the taps reading it.
    ///
    /// `output` must hold `images` NCHW images and is accumulated into, not overwritten. With
    /// `columnSource == .input` each tap is one contiguous add over the valid rectangle, after
    /// the entries that would wrap around a row edge are zeroed in `columns` (which is therefore
    /// modified); otherwise each output row is added separately.
    ///
    /// - Complexity: O(images · C · kh · kw · H'W') additions, split over (image, channel)
    ///   planes, which no two workers share.
    func col2im(
        columns: UnsafeMutablePointer<Float>, columnStride: Int, images: Int, output: UnsafeMutablePointer<Float>
    ) {
        let src = SharedPointer(columns)
        let dst = SharedPointer(output)
        let geometry = self
        parallelFor(images * inChannels, costPerItem: taps * outPlane) { items in
            for item in items {
                let (n, c) = item.quotientAndRemainder(dividingBy: geometry.inChannels)
                geometry.foldPlane(
                    channel: c, columns: src.advanced(by: n * geometry.outPlane), columnStride: columnStride,
                    plane: dst.advanced(by: n * geometry.inImage + c * geometry.inPlane))
            }
        }
    }

    @inline(__always)
    private func foldPlane(channel c: Int, columns: UnsafeMutablePointer<Float>, columnStride: Int, plane: UnsafeMutablePointer<Float>) {
        for ky in 0..<kernelHeight {
            let rows = validRows(ky: ky)
            let rowOffset = ky * dilationY - padTop
            for kx in 0..<kernelWidth {
                let cols = validColumns(kx: kx)
                let columnOffset = kx * dilationX - padLeft
                let source = columns + ((c * kernelHeight + ky) * kernelWidth + kx) * columnStride
                if columnSource == .input {
                    addShifted(source, into: plane + (rowOffset * inWidth + columnOffset), rows: rows, columns: cols)
                    continue
                }
                for oy in rows {
                    let from = source + oy * outWidth
                    let line = plane + (oy * strideY + rowOffset) * inWidth + columnOffset
                    if strideX == 1 {
                        for ox in cols { line[ox] += from[ox] }
                    } else {
                        for ox in cols { line[ox * strideX] += from[ox] }
                    }
                }
            }
        }
    }

    /// `origin[p] += source[p]` over the valid outputs `rows × columns` of a tap whose input is
    /// a shifted view with the output's row pitch (`.input`).
    @inline(__always)
    private func addShifted(
        _ source: UnsafeMutablePointer<Float>, into origin: UnsafeMutablePointer<Float>, rows: Range<Int>, columns cols: Range<Int>
    ) {
        guard !rows.isEmpty && !cols.isEmpty else { return }
        let width = outWidth
        let gap = width &- cols.count
        if gap > 0 {
            for oy in rows.dropLast() { Self.zero(source + (oy &* width &+ cols.upperBound), count: gap) }
        }
        let first = rows.lowerBound &* width &+ cols.lowerBound
        let end = (rows.upperBound &- 1) &* width &+ cols.upperBound
        let from = UnsafeRawPointer(source + first), to = UnsafeMutableRawPointer(origin + first)
        let count = end &- first
        var i = 0
        while i &+ 8 <= count {
            let sum = to.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<Float>.self)
                + from.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<Float>.self)
            to.storeBytes(of: sum, toByteOffset: i &* 4, as: SIMD8<Float>.self)
            i &+= 8
        }
        while i < count {
            origin[first &+ i] += source[first &+ i]
            i &+= 1
        }
    }
}
