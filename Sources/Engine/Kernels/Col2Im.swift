extension ConvolutionGeometry {
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
