import CKernels
import NetworkIR

/// Depthwise convolution (`groups == C == C'`): every channel is convolved with its own
/// `kh × kw` filter, `y[n,c,oy,ox] = b[c] + Σ_{ky,kx} w[c,ky,kx] · x[n, c, oy·sy + ky·dy − top,
/// ox·sx + kx·dx − left]`.
///
/// A direct kernel, not im2col: each (image, channel) plane is independent, so planes are split
/// over workers. For 3x3 and 5x5 filters with stride 1 or 2 and no dilation (`DepthwiseTiling`)
/// the borders are handled once, by copying the plane into a zero-bordered scratch plane; every
/// output row is then interior and runs an unrolled eight-wide SIMD kernel (`paddedRow`) with
/// no bounds tests at all. Other shapes accumulate one tap at a time over row ranges clipped to
/// the input (`accumulateRow`), so no loop tests individual elements either.
struct DepthwiseConv2DKernel: LayerKernel {
    let geometry: ConvolutionGeometry
    let hasBias: Bool
    /// The padded-plane layout of the SIMD path, when the filter shape has one.
    let tiling: DepthwiseTiling?
    /// Inference only: an activation applied to the output, set by `Model.fusedForInference()`.
    var fusedActivation: Activation?
    /// Instruction-set level of the direct kernels (`ck_simd_level()`; tests pin each).
    var simdLevel = ck_simd_level()
    /// Whether the forward pass uses the direct kernels (`DepthwiseConv2DKernel+Direct`); by
    /// default when AVX2 or AVX-512 is available.
    var usesDirectKernel = ck_simd_level() > 0
    /// Overrides the choice between the direct kernels' two forms (`usesRowKernel`; tests pin each).
    var rowKernelPreference: Bool?

    init(conv: Conv2D, input: TensorShape, output: TensorShape) {
        geometry = ConvolutionGeometry(conv: conv, input: input, output: output)
        hasBias = conv.bias
        tiling = DepthwiseTiling(geometry)
        precondition(geometry.groups == geometry.inChannels && geometry.outChannels == geometry.inChannels,
                     "DepthwiseConv2DKernel: groups \(geometry.groups) for \(geometry.inChannels) -> \(geometry.outChannels) channels")
    }

    var parameterSpecs: [ParameterSpec] {
        let g = geometry
        var specs = [ParameterSpec(
            name: "weight", shape: [g.outChannels, 1, g.kernelHeight, g.kernelWidth],
            initialization: .kaimingNormal(fanIn: g.taps), decays: true)]
        if hasBias {
            specs.append(ParameterSpec(
                name: "bias", shape: [g.outChannels], initialization: .uniformFanIn(fanIn: g.taps), decays: false))
        }
        return specs
    }

    /// - Complexity: O(N · C · H'W' · kh·kw) multiply-adds, split over (image, channel) planes.
    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        let g = geometry
        precondition(x.itemCount == g.inImage, "DepthwiseConv2DKernel: input \(x.shape), expected \(g.inChannels)x\(g.inHeight)x\(g.inWidth)")
        let batch = x.batch
        var y = Tensor(shape: [batch, g.outChannels, g.outHeight, g.outWidth],
                       scalars: ConvolutionGeometry.scratch(batch * g.outImage))
        if usesDirectKernel {
            x.scalars.withUnsafeBufferPointer { xs in
                y.scalars.withUnsafeMutableBufferPointer { ys in
                    parameters[0].scalars.withUnsafeBufferPointer { ws in
                        (hasBias ? parameters[1].scalars : []).withUnsafeBufferPointer { bs in
                            forwardDirect(x: xs.baseAddress!, weights: ws.baseAddress!, bias: hasBias ? bs.baseAddress! : nil,
                                          y: ys.baseAddress!, batch: batch, clamp: fusedActivation?.clampRange)
                        }
                    }
                }
            }
            if let f = fusedActivation, f.clampRange == nil { FusedActivationKernel.apply(f, to: &y) }
            return (y, SavedTensors())
        }
        let bias = hasBias ? parameters[1].scalars : [Float](repeating: 0, count: g.outChannels)
        x.scalars.withUnsafeBufferPointer { xs in
            y.scalars.withUnsafeMutableBufferPointer { ys in
                parameters[0].scalars.withUnsafeBufferPointer { ws in
                    bias.withUnsafeBufferPointer { bs in
                        let src = SharedPointer(UnsafeMutablePointer(mutating: xs.baseAddress!))
                        let dst = SharedPointer(ys.baseAddress!)
                        let w = SharedPointer(UnsafeMutablePointer(mutating: ws.baseAddress!))
                        let b = SharedPointer(UnsafeMutablePointer(mutating: bs.baseAddress!))
                        let kernel = self
                        parallelFor(batch * g.outChannels, costPerItem: 2 * g.outPlane * g.taps) { planes in
                            ScratchBuffers.shared.with(count: kernel.tiling?.scratchCount ?? 0) { scratch in
                                for plane in planes {
                                    let c = plane % g.outChannels
                                    kernel.forwardPlane(
                                        source: src.advanced(by: plane * g.inPlane), destination: dst.advanced(by: plane * g.outPlane),
                                        weights: w.advanced(by: c * g.taps), bias: b[c], scratch: scratch)
                                }
                            }
                        }
                    }
                }
            }
        }
        if let f = fusedActivation { FusedActivationKernel.apply(f, to: &y) }
        return (y, SavedTensors())
    }

    private func forwardPlane(
        source: UnsafeMutablePointer<Float>, destination: UnsafeMutablePointer<Float>, weights: UnsafeMutablePointer<Float>,
        bias: Float, scratch: UnsafeMutablePointer<Float>
    ) {
        let g = geometry
        guard let t = tiling else {
            destination.update(repeating: bias, count: g.outPlane)
            for oy in 0..<g.outHeight {
                accumulateRow(oy, columns: 0..<g.outWidth, source: source, row: destination + oy * g.outWidth, weights: weights)
            }
            return
        }
        t.pad(source, into: scratch, geometry: g)
        let output = t.writesDirectly ? destination : scratch + t.paddedCount
        let blocks = t.outputPitch / 8
        withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: g.taps) { broadcast in
            for tap in 0..<g.taps { broadcast[tap] = SIMD8(repeating: weights[tap]) }
            let w = UnsafePointer(broadcast.baseAddress!)
            for oy in 0..<g.outHeight {
                let top = UnsafePointer(scratch + oy * t.stride * t.rowStride)
                let row = output + oy * t.outputPitch
                switch (t.size, t.stride) {
                case (3, 1): paddedRow(size: 3, stride: 1, top: top, pitch: t.pitch, row: row, blocks: blocks, weights: w, bias: bias)
                case (3, 2): paddedRow(size: 3, stride: 2, top: top, pitch: t.pitch, row: row, blocks: blocks, weights: w, bias: bias)
                case (5, 1): paddedRow(size: 5, stride: 1, top: top, pitch: t.pitch, row: row, blocks: blocks, weights: w, bias: bias)
                default: paddedRow(size: 5, stride: 2, top: top, pitch: t.pitch, row: row, blocks: blocks, weights: w, bias: bias)
                }
            }
        }
        guard !t.writesDirectly else { return }
        for oy in 0..<g.outHeight {
            (destination + oy * g.outWidth).update(from: output + oy * t.outputPitch, count: g.outWidth)
        }
    }
}
