extension ConvolutionGeometry {
    /// Unfolds `images` consecutive NCHW images into the column matrix of the convolution.
    ///
    /// Row `r = (c·kh + ky)·kw + kx` holds, for every image `n` and output pixel `p = oy·W' + ox`,
    /// the input value tap `(ky, kx)` of channel `c` reads at `p` (zero in the padding):
    /// `columns[r·columnStride + n·H'W' + p]`. With `columnStride = H'W'` and one image this is
    /// the classic `[C·kh·kw, H'W']` matrix; with `columnStride = N·H'W'` the images sit side by
    /// side so that one GEMM covers the whole batch.
    ///
    /// - Complexity: O(images · C · kh · kw · H'W') stores, split over (row, image) pairs.
    func im2col(
        input: UnsafePointer<Float>, images: Int, columns: UnsafeMutablePointer<Float>, columnStride: Int
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: input))
        let dst = SharedPointer(columns)
        let geometry = self
        parallelFor(columnRows * images, costPerItem: outPlane) { items in
            for item in items {
                let (row, n) = item.quotientAndRemainder(dividingBy: images)
                geometry.fillColumnRow(
                    row, source: src.advanced(by: n * geometry.inImage),
                    destination: dst.advanced(by: row * columnStride + n * geometry.outPlane))
            }
        }
    }

    /// One image's `H'W'` entries of column row `row`.
    @inline(__always)
    private func fillColumnRow(_ row: Int, source image: UnsafeMutablePointer<Float>, destination: UnsafeMutablePointer<Float>) {
        let (channelTap, kx) = row.quotientAndRemainder(dividingBy: kernelWidth)
        let (c, ky) = channelTap.quotientAndRemainder(dividingBy: kernelHeight)
        let plane = image + c * inPlane
        let rows = validRows(ky: ky)
        let cols = validColumns(kx: kx)
        let rowOffset = ky * dilationY - padTop
        let columnOffset = kx * dilationX - padLeft
        destination.update(repeating: 0, count: rows.lowerBound * outWidth)
        let tail = rows.upperBound * outWidth
        (destination + tail).update(repeating: 0, count: outPlane - tail)
        for oy in rows {
            let out = destination + oy * outWidth
            let line = plane + (oy * strideY + rowOffset) * inWidth + columnOffset
            out.update(repeating: 0, count: cols.lowerBound)
            (out + cols.upperBound).update(repeating: 0, count: outWidth - cols.upperBound)
            if strideX == 1 {
                (out + cols.lowerBound).update(from: line + cols.lowerBound, count: cols.count)
            } else {
                for ox in cols { out[ox] = line[ox * strideX] }
            }
        }
    }

    /// The adjoint of `im2col`: adds every column entry back onto the input pixel it was read
    /// from, `dX[n, c, iy, ix] += Σ columns[(c, ky, kx), (n, oy, ox)]` over the taps reading it.
    ///
    /// `output` must hold `images` NCHW images and is accumulated into, not overwritten.
    ///
    /// - Complexity: O(images · C · kh · kw · H'W') additions, split over (image, channel)
    ///   planes, which no two workers share.
    func col2im(
        columns: UnsafePointer<Float>, columnStride: Int, images: Int, output: UnsafeMutablePointer<Float>
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: columns))
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
}
