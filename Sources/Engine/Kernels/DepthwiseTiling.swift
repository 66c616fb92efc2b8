/// The zero-bordered scratch plane of the depthwise SIMD path (3x3 or 5x5, stride 1 or 2, no
/// dilation).
///
/// The input plane is copied into scratch rows at offset `(top, left)`, zero around it, so that
/// the taps of every output read inside the scratch. For stride 2 each padded row is stored as
/// its even columns followed by its odd columns (`phases = 2`, each `pitch` floats), so that tap
/// `kx` of eight consecutive outputs is one contiguous load from phase `kx mod 2` at offset
/// `⌊kx/2⌋` instead of a strided gather. Outputs are produced eight at a time on rows of
/// `outputPitch = ⌈W'/8⌉·8` floats: straight into the output when that equals `W'`, otherwise
/// into a second scratch area that is then copied out.
struct DepthwiseTiling: Sendable {
    let size: Int
    let stride: Int
    let outputPitch: Int
    /// Floats per phase of one padded row.
    let pitch: Int
    let paddedRows: Int
    let outputRows: Int
    let writesDirectly: Bool

    init?(_ g: ConvolutionGeometry) {
        guard g.kernelHeight == g.kernelWidth, g.kernelHeight == 3 || g.kernelHeight == 5,
              g.strideY == g.strideX, g.strideY == 1 || g.strideY == 2,
              g.dilationY == 1, g.dilationX == 1 else { return nil }
        size = g.kernelHeight
        stride = g.strideY
        outputPitch = (g.outWidth + 7) / 8 * 8
        let paddedWidth = g.padLeft + g.inWidth
        pitch = max((paddedWidth + stride - 1) / stride, outputPitch + (size - 1) / stride)
        paddedRows = max(g.padTop + g.inHeight, stride * (g.outHeight - 1) + size)
        outputRows = g.outHeight
        writesDirectly = outputPitch == g.outWidth
    }

    /// Floats between consecutive padded rows.
    var rowStride: Int { stride * pitch }
    var paddedCount: Int { paddedRows * rowStride }
    /// Floats of scratch one worker needs.
    var scratchCount: Int { paddedCount + (writesDirectly ? 0 : outputPitch * outputRows) }

    /// Copies `plane` into the scratch rows with their zero border, splitting columns into
    /// phases for stride 2.
    ///
    /// - Complexity: O(paddedRows · rowStride) stores.
    @inline(__always)
    func pad(_ plane: UnsafeMutablePointer<Float>, into padded: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry) {
        padded.update(repeating: 0, count: g.padTop * rowStride)
        for y in 0..<g.inHeight {
            let row = padded + (g.padTop + y) * rowStride
            let line = plane + y * g.inWidth
            if stride == 1 {
                ConvolutionGeometry.zero(row, count: g.padLeft)
                (row + g.padLeft).update(from: line, count: g.inWidth)
                ConvolutionGeometry.zero(row + g.padLeft + g.inWidth, count: pitch - g.padLeft - g.inWidth)
            } else {
                row.update(repeating: 0, count: rowStride)
                let odd = g.padLeft & 1
                let even = row + odd * pitch + g.padLeft / 2
                let shifted = row + (1 - odd) * pitch + (g.padLeft + 1) / 2
                splitColumns(line, count: g.inWidth, even: even, odd: shifted)
            }
        }
        let filled = (g.padTop + g.inHeight) * rowStride
        (padded + filled).update(repeating: 0, count: paddedCount - filled)
    }

    /// `even[i] = line[2i]`, `odd[i] = line[2i + 1]` for the `count` floats of `line`.
    @inline(__always)
    private func splitColumns(_ line: UnsafeMutablePointer<Float>, count: Int, even: UnsafeMutablePointer<Float>, odd: UnsafeMutablePointer<Float>) {
        var i = 0
        while 2 &* i &+ 16 <= count {
            let raw = UnsafeRawPointer(line + 2 &* i)
            let low = raw.loadUnaligned(as: SIMD8<Float>.self)
            let high = raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(even + i).storeBytes(of: SIMD8(lowHalf: low.evenHalf, highHalf: high.evenHalf), as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(odd + i).storeBytes(of: SIMD8(lowHalf: low.oddHalf, highHalf: high.oddHalf), as: SIMD8<Float>.self)
            i &+= 8
        }
        while 2 &* i < count {
            even[i] = line[2 &* i]
            if 2 &* i &+ 1 < count { odd[i] = line[2 &* i &+ 1] }
            i &+= 1
        }
    }

    /// The inverse of `pad`'s copy: `plane[y, x] = padded[top + y, left + x]`, the border dropped.
    ///
    /// - Complexity: O(H · W) copies.
    @inline(__always)
    func unpad(_ padded: UnsafeMutablePointer<Float>, into plane: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry) {
        for y in 0..<g.inHeight {
            let row = padded + (g.padTop + y) * rowStride
            let line = plane + y * g.inWidth
            if stride == 1 {
                line.update(from: row + g.padLeft, count: g.inWidth)
            } else {
                for x in 0..<g.inWidth {
                    let j = g.padLeft &+ x
                    line[x] = row[(j & 1) &* pitch &+ (j >> 1)]
                }
            }
        }
    }
}
