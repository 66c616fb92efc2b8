extension ConvolutionGeometry {
    /// Float copies counted as one operation by `parallelFor`'s threshold: copies are cheap, so
    /// im2col stays on the calling thread below about 256 K floats, where waking workers (and
    /// competing with OpenBLAS's spinning threads) costs more than it saves.
    static let copiesPerOperation = 8

    /// Unfolds `images` consecutive NCHW images into the column matrix of the convolution.
    ///
    /// Row `r = (c·kh + ky)·kw + kx` holds, for every image `n` and output pixel `p = oy·W' + ox`,
    /// the input value tap `(ky, kx)` of channel `c` reads at `p` (zero in the padding):
    /// `columns[r·columnStride + n·H'W' + p]`. With `columnStride = H'W'` and one image this is
    /// the classic `[C·kh·kw, H'W']` matrix; with `columnStride = N·H'W'` the images sit side by
    /// side so that one GEMM covers the whole batch. `columnSource` decides how rows are read.
    ///
    /// - Complexity: O(images · C · kh · kw · H'W') stores, split over (row, image) pairs, plus
    ///   O(images · C · H'W' · phases used) for the phase split of strided convolutions.
    func im2col(
        input: UnsafePointer<Float>, images: Int, columns: UnsafeMutablePointer<Float>, columnStride: Int
    ) {
        let dst = SharedPointer(columns)
        let geometry = self
        let fill = { (source: SharedPointer<Float>) in
            parallelFor(geometry.columnRows * images, costPerItem: geometry.outPlane / Self.copiesPerOperation) { items in
                var (row, n) = items.lowerBound.quotientAndRemainder(dividingBy: images)
                var (channelTap, kx) = row.quotientAndRemainder(dividingBy: geometry.kernelWidth)
                var (c, ky) = channelTap.quotientAndRemainder(dividingBy: geometry.kernelHeight)
                for _ in items {
                    geometry.fillColumnRow(
                        channel: c, ky: ky, kx: kx, image: n, source: source,
                        destination: dst.advanced(by: row &* columnStride &+ n &* geometry.outPlane))
                    n &+= 1
                    guard n == images else { continue }
                    (n, row, kx) = (0, row &+ 1, kx &+ 1)
                    guard kx == geometry.kernelWidth else { continue }
                    (kx, ky) = (0, ky &+ 1)
                    guard ky == geometry.kernelHeight else { continue }
                    (ky, c) = (0, c &+ 1)
                }
            }
        }
        guard columnSource == .phases else {
            fill(SharedPointer(UnsafeMutablePointer(mutating: input)))
            return
        }
        if phaseIsColumnRow {
            let src = SharedPointer(UnsafeMutablePointer(mutating: input))
            let phase = rowPhases[0] * strideX + columnPhases[0]
            parallelFor(images * inChannels, costPerItem: outPlane / Self.copiesPerOperation) { planes in
                for plane in planes {
                    let (n, c) = plane.quotientAndRemainder(dividingBy: geometry.inChannels)
                    geometry.fillPhase(
                        phase, plane: src.advanced(by: plane * geometry.inPlane),
                        into: dst.advanced(by: c * columnStride + n * geometry.outPlane))
                }
            }
            return
        }
        ScratchBuffers.shared.with(count: images * inChannels * strideY * strideX * phasePlane) { phases in
            splitPhases(input: input, images: images, phases: phases)
            fill(SharedPointer(phases))
        }
    }

    /// One image's `H'W'` entries of column row `(c, ky, kx)`, from the input or its phase
    /// planes.
    @inline(__always)
    private func fillColumnRow(
        channel c: Int, ky: Int, kx: Int, image n: Int, source: SharedPointer<Float>, destination: UnsafeMutablePointer<Float>
    ) {
        let rows = rowRanges[ky]
        let cols = columnRanges[kx]
        guard !rows.isEmpty && !cols.isEmpty else {
            destination.update(repeating: 0, count: outPlane)
            return
        }
        let plane = n &* inChannels &+ c
        switch columnSource {
        case .input:
            let offset: Int = plane &* inPlane &+ rowShifts[ky] &* inWidth &+ columnShifts[kx]
            copyShifted(source.advanced(by: offset), into: destination, rows: rows, columns: cols)
        case .phases:
            let phase = (plane &* strideY &+ rowPhases[ky]) &* strideX &+ columnPhases[kx]
            let offset: Int = phase &* phasePlane &+ rowShifts[ky] &* outWidth &+ columnShifts[kx]
            copyShifted(source.advanced(by: offset), into: destination, rows: rows, columns: cols)
        case .rows:
            gatherRows(source.advanced(by: plane &* inPlane), kx: kx, ky: ky, into: destination, rows: rows, columns: cols)
        }
    }

    /// `destination[p] = origin[p]` for the valid outputs `rows × columns`, zero elsewhere, when
    /// `origin` has the output's row pitch: one block copy, then the columns that wrapped
    /// around a row edge are zeroed.
    @inline(__always)
    private func copyShifted(
        _ origin: UnsafeMutablePointer<Float>, into destination: UnsafeMutablePointer<Float>, rows: Range<Int>, columns cols: Range<Int>
    ) {
        let width = outWidth
        let first = rows.lowerBound &* width &+ cols.lowerBound
        let end = (rows.upperBound &- 1) &* width &+ cols.upperBound
        destination.update(repeating: 0, count: first)
        (destination + end).update(repeating: 0, count: outPlane &- end)
        (destination + first).update(from: origin + first, count: end &- first)
        let gap = width &- cols.count
        guard gap > 0 else { return }
        for oy in rows.dropLast() {
            Self.zero(destination + (oy &* width &+ cols.upperBound), count: gap)
        }
    }

    /// The general case: each output row gathered from its input row.
    @inline(__always)
    private func gatherRows(
        _ plane: UnsafeMutablePointer<Float>, kx: Int, ky: Int, into destination: UnsafeMutablePointer<Float>,
        rows: Range<Int>, columns cols: Range<Int>
    ) {
        let width = outWidth
        let columnOffset = kx &* dilationX &- padLeft
        let rowOffset = ky &* dilationY &- padTop
        destination.update(repeating: 0, count: rows.lowerBound &* width)
        (destination + rows.upperBound &* width).update(repeating: 0, count: outPlane &- rows.upperBound &* width)
        for oy in rows {
            let out = destination + oy &* width
            let lineOffset: Int = (oy &* strideY &+ rowOffset) &* inWidth &+ columnOffset
            let line = plane + lineOffset
            Self.zero(out, count: cols.lowerBound)
            Self.zero(out + cols.upperBound, count: width &- cols.upperBound)
            switch strideX {
            case 1: (out + cols.lowerBound).update(from: line + cols.lowerBound, count: cols.count)
            case 2: Self.gatherEven(out, line, columns: cols, lineEnd: inWidth &- columnOffset)
            default: for ox in cols { out[ox] = line[ox &* strideX] }
            }
        }
    }

    /// `out[ox] = line[2·ox]` for `ox` in `columns`, eight outputs per 16-float load, keeping
    /// the even lanes. Loads never pass `line[lineEnd]`: the last eight outputs are instead
    /// loaded one float earlier and take the odd lanes, so only rows narrower than nine outputs
    /// fall back to scalars.
    @inline(__always)
    static func gatherEven(
        _ out: UnsafeMutablePointer<Float>, _ line: UnsafeMutablePointer<Float>, columns: Range<Int>, lineEnd: Int
    ) {
        var ox = columns.lowerBound
        while ox &+ 8 <= columns.upperBound && 2 &* ox &+ 16 <= lineEnd {
            let raw = UnsafeRawPointer(line + 2 &* ox)
            let low = raw.loadUnaligned(as: SIMD8<Float>.self)
            let high = raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(out + ox).storeBytes(of: SIMD8(lowHalf: low.evenHalf, highHalf: high.evenHalf), as: SIMD8<Float>.self)
            ox &+= 8
        }
        let last = columns.upperBound &- 8
        if ox < columns.upperBound && last > columns.lowerBound {
            let raw = UnsafeRawPointer(line + (2 &* last &- 1))
            let low = raw.loadUnaligned(as: SIMD8<Float>.self)
            let high = raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(out + last).storeBytes(of: SIMD8(lowHalf: low.oddHalf, highHalf: high.oddHalf), as: SIMD8<Float>.self)
            return
        }
        while ox < columns.upperBound {
            out[ox] = line[2 &* ox]
            ox &+= 1
        }
    }

    /// Zeroes `count` floats; the usual one or two border columns are stored directly rather
    /// than through `memset`.
    @inline(__always)
    static func zero(_ p: UnsafeMutablePointer<Float>, count: Int) {
        switch count {
        case 0: break
        case 1: p[0] = 0
        case 2: p[0] = 0; p[1] = 0
        default: p.update(repeating: 0, count: count)
        }
    }
}
