import CKernels

/// The "flattened planes" layout of the direct convolution kernels (`CKernels`).
///
/// Every input channel is copied once into `sy·sx` zero-padded phase planes of `rows × pitch`
/// floats, phase `(py, px)` holding input pixels `(i·sy + py − top, j·sx + px − left)`. Output
/// pixel `(oy, ox)` then becomes position `p = oy·pitch + ox`, and tap `(ky, kx)` reads phase
/// `((ky·dy) mod sy, (kx·dx) mod sx)` at `p + ⌊ky·dy/sy⌋·pitch + ⌊kx·dx/sx⌋`: a constant offset per
/// tap. A whole output plane is therefore a few long, contiguous multiply-add streams with no
/// bounds tests, which the kernels block in registers over output channels and positions; the
/// `pitch − W'` positions per row that fall past the image are computed and dropped by `unpack`.
/// This is the direct-convolution scheme of Zhang et al. ("High Performance Zero-Memory Overhead
/// Direct Convolutions", ICML 2018) with im2col's copy replaced by a padded copy of the input.
struct DirectConvolutionPlan: Sendable {
    /// Instruction-set level the kernels run at (see `ck_simd_level`).
    let level: Int32
    let outHeight: Int
    let outWidth: Int
    let inHeight: Int
    let inWidth: Int
    let strideY: Int
    let strideX: Int
    let padTop: Int
    let padLeft: Int
    /// Rows and pitch of one phase plane.
    let rows: Int
    let pitch: Int
    /// Offset of every tap (row-major `ky, kx`) within a channel slot.
    let offsets: [Int]
    /// Output positions computed per channel: `H'·pitch` rounded up to the kernels' block.
    let positions: Int
    /// Floats per input channel slot: the phase planes plus the slack the last blocks read.
    let channelStride: Int
    /// Bit `py·sx + px` is set when some tap reads phase `(py, px)`; `pack` writes only those.
    let phaseMask: UInt

    init(level: Int32, inHeight: Int, inWidth: Int, outHeight: Int, outWidth: Int, kernelHeight: Int, kernelWidth: Int,
         strideY: Int, strideX: Int, dilationY: Int, dilationX: Int, padTop: Int, padLeft: Int) {
        self.level = level
        (self.inHeight, self.inWidth, self.outHeight, self.outWidth) = (inHeight, inWidth, outHeight, outWidth)
        (self.strideY, self.strideX, self.padTop, self.padLeft) = (strideY, strideX, padTop, padLeft)
        let rowShifts = (0..<kernelHeight).map { $0 * dilationY / strideY }
        let columnShifts = (0..<kernelWidth).map { $0 * dilationX / strideX }
        rows = outHeight + rowShifts.max()!
        pitch = outWidth + columnShifts.max()!
        let plane = rows * pitch
        var offsets: [Int] = []
        var phaseMask: UInt = 0
        for ky in 0..<kernelHeight {
            for kx in 0..<kernelWidth {
                let phase = (ky * dilationY % strideY) * strideX + kx * dilationX % strideX
                offsets.append(phase * plane + rowShifts[ky] * pitch + columnShifts[kx])
                phaseMask |= 1 << phase
            }
        }
        self.offsets = offsets
        self.phaseMask = phaseMask
        let block = ck_position_block(level)
        positions = (outHeight * pitch + block - 1) / block * block
        channelStride = Self.conflictFree(max(strideY * strideX * plane, offsets.max()! + positions))
    }

    /// A stride-1 plan whose taps are the grid `rowShifts × columnShifts` (row-major; shifts
    /// counted in padded input rows and columns, all ≥ 0): one phase of a strided convolution's
    /// input gradient (`Conv2DKernel.transposedPhases`).
    init(level: Int32, inHeight: Int, inWidth: Int, outHeight: Int, outWidth: Int,
         rowShifts: [Int], columnShifts: [Int], padTop: Int, padLeft: Int) {
        self.level = level
        (self.inHeight, self.inWidth, self.outHeight, self.outWidth) = (inHeight, inWidth, outHeight, outWidth)
        (strideY, strideX, self.padTop, self.padLeft) = (1, 1, padTop, padLeft)
        let pitch = outWidth + columnShifts.max()!
        rows = outHeight + rowShifts.max()!
        self.pitch = pitch
        offsets = rowShifts.flatMap { r in columnShifts.map { r * pitch + $0 } }
        phaseMask = 1
        let block = ck_position_block(level)
        positions = (outHeight * pitch + block - 1) / block * block
        channelStride = Self.conflictFree(max(rows * pitch, offsets.max()! + positions))
    }

    /// The plan of a convolution's forward pass.
    init(_ g: ConvolutionGeometry, level: Int32) {
        self.init(
            level: level, inHeight: g.inHeight, inWidth: g.inWidth, outHeight: g.outHeight, outWidth: g.outWidth,
            kernelHeight: g.kernelHeight, kernelWidth: g.kernelWidth, strideY: g.strideY, strideX: g.strideX,
            dilationY: g.dilationY, dilationX: g.dilationX, padTop: g.padTop, padLeft: g.padLeft)
    }

    var taps: Int { offsets.count }

    /// One tap at offset 0 over planes of exactly `H' × W'` (a 1x1 filter): each channel's packed
    /// first plane is the output grid's input, contiguous.
    var isSubsampling: Bool { offsets == [0] && rows == outHeight && pitch == outWidth }

    /// `floats`, or one cache line more when it is a multiple of 1 KB: the kernels read the same
    /// positions of every channel in turn, and slots a multiple of 4 KB apart all fall into one
    /// set of the 12-way L1 (ResNet-8's 1x1 stride-2 shortcuts, 16 slots of exactly 4 KB, ran at
    /// 15 GFLOP/s).
    static func conflictFree(_ floats: Int) -> Int {
        floats % 256 == 0 ? floats + 16 : floats
    }

    /// Floats the phase planes of one channel take.
    var imageSlot: Int { strideY * strideX * rows * pitch }

    /// Copies `channels` input planes (`H × W` each, contiguous) into `slots`, one channel every
    /// `stride` floats (default `channelStride`), zeroing each slot after its planes up to `zeroTo`
    /// floats (default: the whole slot).
    func pack(
        _ x: UnsafePointer<Float>, channels: Int, into slots: UnsafeMutablePointer<Float>, stride: Int? = nil,
        zeroTo: Int? = nil
    ) {
        ck_pack_planes(level, x, channels, inHeight, inWidth, strideY, strideX, padTop, padLeft, rows, pitch,
                       stride ?? channelStride, zeroTo ?? stride ?? channelStride, phaseMask, slots)
    }

    /// Copies the valid `H' × W'` of `channels` computed planes (`stride` apart, default
    /// `positions`) into the `H' × W'` planes of `y`, adding `bias`, then `addend` (laid out like
    /// `y`), and clamping to `clamp`. With `rows`, `computed` holds only those output rows (from
    /// its start) and `y` and `addend` point at row `rows.lowerBound` of their first plane.
    func unpack(
        _ computed: UnsafePointer<Float>, channels: Int, stride: Int? = nil, rows: Range<Int>? = nil,
        bias: UnsafePointer<Float>?, clamp: ClosedRange<Float>?, addend: UnsafePointer<Float>? = nil,
        into y: UnsafeMutablePointer<Float>
    ) {
        ck_unpack_planes(
            level, computed, channels, stride ?? positions, rows?.count ?? outHeight, outWidth, pitch, bias,
            clamp?.lowerBound ?? -.infinity, clamp?.upperBound ?? .infinity, addend, y,
            outHeight * outWidth)
    }

    /// `dy` (`channels × H' × W'`) laid out on the position grid, zero at dropped positions up to
    /// `zeroTo` (default `positions`), one channel every `stride` floats (default `positions`): the
    /// form `ck_conv_weight_gradient` reads.
    func spread(
        _ dy: UnsafePointer<Float>, channels: Int, into grid: UnsafeMutablePointer<Float>, stride: Int? = nil,
        zeroTo: Int? = nil
    ) {
        ck_pack_planes(level, dy, channels, outHeight, outWidth, 1, 1, 0, 0, outHeight, pitch, stride ?? positions,
                       zeroTo ?? stride ?? positions, 1, grid)
    }
}
