import NetworkIR

/// Sizes and index arithmetic shared by the convolution kernels.
///
/// Output pixel `(oy, ox)` reads input pixel `(oy·sy + ky·dy − top, ox·sx + kx·dx − left)` for
/// tap `(ky, kx)`; taps falling outside the input read zero. Along one axis, the outputs whose
/// input index `o·s + offset` is inside `0..<size` form a contiguous range (`validRange`), so hot
/// loops clip their ranges once per row instead of testing every element.
struct ConvolutionGeometry: Sendable {
    let inChannels: Int
    let inHeight: Int
    let inWidth: Int
    let outChannels: Int
    let outHeight: Int
    let outWidth: Int
    let kernelHeight: Int
    let kernelWidth: Int
    let strideY: Int
    let strideX: Int
    let dilationY: Int
    let dilationX: Int
    let padTop: Int
    let padLeft: Int
    let groups: Int
    /// `validRows(ky:)` for every `ky`, and `validColumns(kx:)` for every `kx`, computed once:
    /// hot loops read these instead of dividing.
    let rowRanges: [Range<Int>]
    let columnRanges: [Range<Int>]
    /// How `im2col` reads the input, fixed by the shape (see `ColumnSource`).
    let columnSource: ColumnSource
    /// Tap `ky` reads phase row `rowPhases[ky]` (`(ky·dy − top) mod sy`) shifted down by
    /// `rowShifts[ky]` (`⌊(ky·dy − top) / sy⌋`) phase rows; likewise for `kx` and columns.
    let rowPhases: [Int]
    let rowShifts: [Int]
    let columnPhases: [Int]
    let columnShifts: [Int]

    init(conv: Conv2D, input: TensorShape, output: TensorShape) {
        precondition(
            input.channels % conv.groups == 0 && conv.outChannels % conv.groups == 0,
            "Conv2D: groups \(conv.groups) must divide \(input.channels) and \(conv.outChannels)")
        inChannels = input.channels
        inHeight = input.height
        inWidth = input.width
        outChannels = output.channels
        outHeight = output.height
        outWidth = output.width
        kernelHeight = conv.kernel.height
        kernelWidth = conv.kernel.width
        strideY = conv.stride.height
        strideX = conv.stride.width
        dilationY = conv.dilation.height
        dilationX = conv.dilation.width
        padTop = conv.padding.top
        padLeft = conv.padding.left
        groups = conv.groups
        let (sy, sx, dy, dx, top, left) = (strideY, strideX, dilationY, dilationX, padTop, padLeft)
        let (oh, ow, ih, iw) = (outHeight, outWidth, inHeight, inWidth)
        rowRanges = (0..<kernelHeight).map { Self.validRange(count: oh, stride: sy, offset: $0 * dy - top, size: ih) }
        columnRanges = (0..<kernelWidth).map { Self.validRange(count: ow, stride: sx, offset: $0 * dx - left, size: iw) }
        func phase(_ offset: Int, _ stride: Int) -> (phase: Int, shift: Int) {
            let shift = offset >= 0 ? offset / stride : -((-offset + stride - 1) / stride)
            return (offset - shift * stride, shift)
        }
        rowPhases = (0..<kernelHeight).map { phase($0 * dy - top, sy).phase }
        rowShifts = (0..<kernelHeight).map { phase($0 * dy - top, sy).shift }
        columnPhases = (0..<kernelWidth).map { phase($0 * dx - left, sx).phase }
        columnShifts = (0..<kernelWidth).map { phase($0 * dx - left, sx).shift }
        if sy == 1 && sx == 1 && ow == iw {
            columnSource = .input
        } else if zip(columnRanges, columnShifts).allSatisfy({ $0.isEmpty || $0.upperBound - 1 + $1 < ow }) {
            columnSource = .phases
        } else {
            columnSource = .rows
        }
    }

    var inPlane: Int { inHeight * inWidth }
    var outPlane: Int { outHeight * outWidth }
    var inImage: Int { inChannels * inPlane }
    var outImage: Int { outChannels * outPlane }
    var taps: Int { kernelHeight * kernelWidth }
    var groupInChannels: Int { inChannels / groups }
    var groupOutChannels: Int { outChannels / groups }
    /// Rows of one group's column matrix: the GEMM inner dimension `K = C/groups · kh · kw`.
    var groupColumnRows: Int { groupInChannels * taps }
    /// Rows of the whole column matrix; group `g` owns the contiguous rows `g·K ..< (g+1)·K`.
    var columnRows: Int { inChannels * taps }

    /// Whether the convolution is a plain matrix product per image: 1x1, stride 1, no padding.
    var isPointwise: Bool {
        kernelHeight == 1 && kernelWidth == 1 && strideY == 1 && strideX == 1
            && padTop == 0 && padLeft == 0 && outHeight == inHeight && outWidth == inWidth
    }

    /// Output rows whose tap `ky` reads a real input row.
    @inline(__always)
    func validRows(ky: Int) -> Range<Int> { rowRanges[ky] }

    /// Output columns whose tap `kx` reads a real input column.
    @inline(__always)
    func validColumns(kx: Int) -> Range<Int> { columnRanges[kx] }

    /// The outputs `o` in `0..<count` with `0 ≤ o·stride + offset < size`.
    @inline(__always)
    static func validRange(count: Int, stride: Int, offset: Int, size: Int) -> Range<Int> {
        let lower = offset >= 0 ? 0 : (-offset + stride - 1) / stride
        let last = size - 1 - offset
        let upper = last < 0 ? 0 : last / stride + 1
        let lo = min(lower, count)
        return lo..<max(lo, min(upper, count))
    }

    /// Rows of one phase plane, `⌈H / sy⌉`; its pitch is the output width `W'`.
    var phaseRows: Int { (inHeight + strideY - 1) / strideY }
    var phasePlane: Int { phaseRows * outWidth }

    /// A float array of `count` elements whose contents are unspecified; every user overwrites it.
    static func scratch(_ count: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
