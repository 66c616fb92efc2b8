import CKernels

/// The 1x1 convolution on `ck_conv_pointwise`: `y = clamp(W·x + b + addend)` read from and written to NCHW
/// planes with the bias, any fused residual addend and any fused ReLU/ReLU6 applied in the kernel's store, so no packing
/// (sgemm copies both operands into its panel layout) and no pass over `y` before or after.
///
/// Work is cut into pieces for the Engine's pool: whole (image, group) pairs when there are at
/// least as many as workers, otherwise each one's positions or output channels into `workers`
/// ranges — positions when the output has no more channels than positions (each piece then
/// rereads the weights, the smaller operand), channels otherwise (each piece rereads the input).
extension Conv2DKernel {
    /// Whether the `.pointwise` forward pass runs `ck_conv_pointwise` rather than sgemm.
    var pointwiseRunsDirect: Bool {
        let preference = layoutPreference ?? ConvolutionTuning.layout
        return preference == .direct || (preference == .automatic && simdLevel > 0)
    }

    func forwardPointwise(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        addend: UnsafePointer<Float>? = nil, y: UnsafeMutablePointer<Float>, batch: Int, clamp: ClosedRange<Float>?
    ) {
        let g = geometry
        let (inChannels, outChannels, plane) = (g.groupInChannels, g.groupOutChannels, g.inPlane)
        let units = batch * g.groups
        let workers = EngineThreads.count
        let split = PointwiseSplit(units: units, outChannels: outChannels, positions: plane, workers: workers)
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let bp = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let ap = addend.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        let (level, lo, hi) = (simdLevel, clamp?.lowerBound ?? -.infinity, clamp?.upperBound ?? .infinity)
        let body: @Sendable (Int) -> Void = { piece in
            let (unit, part) = piece.quotientAndRemainder(dividingBy: split.parts)
            let (n, group) = unit.quotientAndRemainder(dividingBy: g.groups)
            let channels = split.channels(part)
            let positions = split.positions(part)
            guard !channels.isEmpty, !positions.isEmpty else { return }
            let firstChannel = group * outChannels + channels.lowerBound
            let output = n * g.outImage + firstChannel * plane + positions.lowerBound
            ck_conv_pointwise(
                level, xp.base + n * g.inImage + group * inChannels * plane + positions.lowerBound, inChannels, plane,
                wp.base + firstChannel * inChannels, bp.map { $0.base + firstChannel }, ap.map { $0.base + output }, lo, hi,
                channels.count, yp.base + output, plane, positions.count)
        }
        let pieces = units * split.parts
        if workers > 1 && pieces > 1 && units * outChannels * inChannels * plane >= 1 << 15 {
            runPieces(pieces, workers: workers, body)
        } else {
            for piece in 0..<pieces { body(piece) }
        }
    }
}
