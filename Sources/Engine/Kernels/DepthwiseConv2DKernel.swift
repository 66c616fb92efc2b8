import NetworkIR

/// Depthwise convolution (`groups == C == C'`): every channel is convolved with its own
/// `kh × kw` filter, `y[n,c,oy,ox] = b[c] + Σ_{ky,kx} w[c,ky,kx] · x[n, c, oy·sy + ky·dy − top,
/// ox·sx + kx·dx − left]`.
///
/// A direct kernel, not im2col: each (image, channel) plane is independent, so planes are split
/// over workers. For 3x3 and 5x5 filters with stride 1 or 2 and no dilation the interior
/// (outputs whose every tap lies inside the input) runs an unrolled eight-wide SIMD kernel;
/// border outputs and other shapes accumulate one tap at a time over row ranges clipped to the
/// input (`accumulateRow`), so no loop tests individual elements.
struct DepthwiseConv2DKernel: LayerKernel {
    let geometry: ConvolutionGeometry
    let hasBias: Bool

    init(conv: Conv2D, input: TensorShape, output: TensorShape) {
        geometry = ConvolutionGeometry(conv: conv, input: input, output: output)
        hasBias = conv.bias
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

    /// Filter size and stride of the unrolled interior kernel, when it applies.
    var fastPath: (size: Int, stride: Int)? {
        let g = geometry
        guard g.kernelHeight == g.kernelWidth, g.kernelHeight == 3 || g.kernelHeight == 5,
              g.strideY == g.strideX, g.strideY == 1 || g.strideY == 2,
              g.dilationY == 1, g.dilationX == 1 else { return nil }
        return (g.kernelHeight, g.strideY)
    }

    /// Output rows and columns whose every tap reads a real input pixel.
    var interior: (rows: Range<Int>, columns: Range<Int>) {
        let g = geometry
        let spanY = (g.kernelHeight - 1) * g.dilationY, spanX = (g.kernelWidth - 1) * g.dilationX
        return (ConvolutionGeometry.validRange(count: g.outHeight, stride: g.strideY, offset: -g.padTop, size: g.inHeight - spanY),
                ConvolutionGeometry.validRange(count: g.outWidth, stride: g.strideX, offset: -g.padLeft, size: g.inWidth - spanX))
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
                            for plane in planes {
                                let c = plane % g.outChannels
                                kernel.forwardPlane(
                                    source: src.advanced(by: plane * g.inPlane), destination: dst.advanced(by: plane * g.outPlane),
                                    weights: w.advanced(by: c * g.taps), bias: b[c])
                            }
                        }
                    }
                }
            }
        }
        return (y, SavedTensors())
    }

    private func forwardPlane(
        source: UnsafeMutablePointer<Float>, destination: UnsafeMutablePointer<Float>, weights: UnsafeMutablePointer<Float>,
        bias: Float
    ) {
        let g = geometry
        destination.update(repeating: bias, count: g.outPlane)
        let all = 0..<g.outWidth
        guard let fast = fastPath else {
            for oy in 0..<g.outHeight { accumulateRow(oy, columns: all, source: source, row: destination + oy * g.outWidth, weights: weights) }
            return
        }
        let (rows, columns) = interior
        for oy in 0..<g.outHeight {
            let row = destination + oy * g.outWidth
            guard rows.contains(oy), !columns.isEmpty else {
                accumulateRow(oy, columns: all, source: source, row: row, weights: weights)
                continue
            }
            accumulateRow(oy, columns: 0..<columns.lowerBound, source: source, row: row, weights: weights)
            accumulateRow(oy, columns: columns.upperBound..<g.outWidth, source: source, row: row, weights: weights)
            let top = source + (oy * g.strideY - g.padTop) * g.inWidth - g.padLeft
            switch (fast.size, fast.stride) {
            case (3, 1): interiorRow(size: 3, stride: 1, top: top, row: row, weights: weights, columns: columns)
            case (3, 2): interiorRow(size: 3, stride: 2, top: top, row: row, weights: weights, columns: columns)
            case (5, 1): interiorRow(size: 5, stride: 1, top: top, row: row, weights: weights, columns: columns)
            default: interiorRow(size: 5, stride: 2, top: top, row: row, weights: weights, columns: columns)
            }
        }
    }
}
