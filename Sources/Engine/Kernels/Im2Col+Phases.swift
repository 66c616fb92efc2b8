extension ConvolutionGeometry {
    /// Splits every input plane into the phase planes its taps read (see `ColumnSource`):
    /// `phases[((n·C + c)·sy + py)·sx + px][r, j] = x[n, c, r·sy + py, j·sx + px]`, each
    /// `⌈H/sy⌉ × W'`, zero beyond the input. Phases no tap reads are left unwritten.
    ///
    /// - Complexity: O(images · C · phases used · ⌈H/sy⌉ · W') stores, split over planes.
    func splitPhases(input: UnsafePointer<Float>, images: Int, phases: UnsafeMutablePointer<Float>) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: input))
        let dst = SharedPointer(phases)
        var used = Set<Int>()
        for py in rowPhases { for px in columnPhases { used.insert(py * strideX + px) } }
        let usedPhases = used.sorted()
        let geometry = self
        parallelFor(images * inChannels, costPerItem: usedPhases.count * phasePlane / Self.copiesPerOperation) { planes in
            for plane in planes {
                for phase in usedPhases {
                    geometry.fillPhase(
                        phase, plane: src.advanced(by: plane * geometry.inPlane),
                        into: dst.advanced(by: (plane * geometry.strideY * geometry.strideX + phase) * geometry.phasePlane))
                }
            }
        }
    }

    /// Whether the convolution is 1x1, unpadded and strided, so that a channel's column row is
    /// exactly its one phase plane and `im2col` writes the phase straight into the columns.
    var phaseIsColumnRow: Bool {
        columnSource == .phases && taps == 1 && rowShifts[0] == 0 && columnShifts[0] == 0 && phaseRows == outHeight
    }

    /// Fills one `⌈H/sy⌉ × W'` phase plane of one input plane.
    @inline(__always)
    func fillPhase(_ phase: Int, plane: UnsafeMutablePointer<Float>, into destination: UnsafeMutablePointer<Float>) {
        let (py, px) = phase.quotientAndRemainder(dividingBy: strideX)
        let width = outWidth
        let count = min(width, (inWidth - px + strideX - 1) / strideX)
        for r in 0..<phaseRows {
            let out = destination + r &* width
            let iy = r &* strideY &+ py
            guard iy < inHeight && count > 0 else {
                out.update(repeating: 0, count: width)
                continue
            }
            let line = plane + (iy &* inWidth &+ px)
            switch strideX {
            case 1: out.update(from: line, count: count)
            case 2: Self.gatherEven(out, line, columns: 0..<count, lineEnd: inWidth &- px)
            default: for j in 0..<count { out[j] = line[j &* strideX] }
            }
            Self.zero(out + count, count: width &- count)
        }
    }
}
