extension Conv2DKernel {
    /// `dW_g = Σₙ dY_g · X̂_gᵀ`, `dX = col2im(W_gᵀ · dY_g)`, `db = Σₙ Σₚ dY`, in the GEMM layout
    /// of the forward pass (recorded in `saved`, else chosen again from the batch size).
    ///
    /// - Complexity: two GEMMs of the forward's size per group, plus one im2col when the forward
    ///   pass kept no columns and one col2im.
    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        precondition(fusedActivation == nil, "Conv2DKernel: a model fused for inference cannot be trained")
        let x = inputs[0]
        let g = geometry
        let batch = x.batch
        let savedLayout = saved.indices.first.flatMap(Layout.init(rawValue:))
        let layout = savedLayout ?? layout(batch: batch)
        let kept = savedLayout == nil ? [] : saved.tensors[0].scalars
        return ConvolutionBackwardBuffers.gradients(
            x: x, dy: dy, weight: parameters[0], hasBias: hasBias, outChannels: g.outChannels, outPlane: g.outPlane,
            overwritesInputGradient: layout == .direct && transposedPlan != nil
        ) { p in
            kept.withUnsafeBufferPointer { cols in
                let columns = savedLayout == nil ? nil : cols.baseAddress
                if layout != .direct && usesImageParallelism(batch: batch, layout: layout) {
                    backwardImageParallel(p, columns: columns, batch: batch, layout: layout)
                    return
                }
                switch layout {
                case .direct: backwardDirect(p, batch: batch)
                case .pointwise: backwardPointwise(p, batch: batch)
                case .perImage: backwardPerImage(p, columns: columns, batch: batch)
                case .batched: backwardBatched(p, columns: columns, batch: batch)
                }
            }
        }
    }

    private func backwardPointwise(_ p: ConvolutionBackwardBuffers, batch: Int) {
        let g = geometry
        let (m, k, plane) = (g.groupOutChannels, g.groupInChannels, g.inPlane)
        for n in 0..<batch {
            for group in 0..<g.groups {
                let dy = p.dy + n * g.outImage + group * m * plane
                let x = p.x + n * g.inImage + group * k * plane
                let w = p.w + group * m * k
                parallelGEMM(
                    transposeB: true, m: m, n: k, k: plane, a: dy, lda: plane, b: x, ldb: plane,
                    beta: n == 0 ? 0 : 1, c: p.dw + group * m * k, ldc: k)
                parallelGEMM(
                    transposeA: true, m: k, n: plane, k: m, a: w, lda: k, b: dy, ldb: plane,
                    c: p.dx + n * g.inImage + group * k * plane, ldc: plane)
            }
        }
    }

    private func backwardPerImage(_ p: ConvolutionBackwardBuffers, columns: UnsafePointer<Float>?, batch: Int) {
        let g = geometry
        let (m, k, plane) = (g.groupOutChannels, g.groupColumnRows, g.outPlane)
        let block = g.columnRows * plane
        ScratchBuffers.shared.with(count: columns == nil ? 2 * block : block) { dcols in
            for n in 0..<batch {
                let cols: UnsafePointer<Float>
                if let kept = columns {
                    cols = kept + n * block
                } else {
                    g.im2col(input: p.x + n * g.inImage, images: 1, columns: dcols + block, columnStride: plane)
                    cols = UnsafePointer(dcols + block)
                }
                for group in 0..<g.groups {
                    let dy = p.dy + n * g.outImage + group * m * plane
                    parallelGEMM(
                        transposeB: true, m: m, n: k, k: plane, a: dy, lda: plane, b: cols + group * k * plane,
                        ldb: plane, beta: n == 0 ? 0 : 1, c: p.dw + group * m * k, ldc: k)
                    parallelGEMM(
                        transposeA: true, m: k, n: plane, k: m, a: p.w + group * m * k, lda: k, b: dy, ldb: plane,
                        c: dcols + group * k * plane, ldc: plane)
                }
                g.col2im(columns: dcols, columnStride: plane, images: 1, output: p.dx + n * g.inImage)
            }
        }
    }

    private func backwardBatched(_ p: ConvolutionBackwardBuffers, columns: UnsafePointer<Float>?, batch: Int) {
        let g = geometry
        let (m, k, width) = (g.groupOutChannels, g.groupColumnRows, batch * g.outPlane)
        let block = g.columnRows * width
        let gathered = batch == 1 ? 0 : g.outChannels * width
        ScratchBuffers.shared.with(count: block + gathered + (columns == nil ? block : 0)) { dcols in
            let dy: UnsafePointer<Float>
            if batch == 1 {
                dy = p.dy
            } else {
                ChannelBlocks.gather(p.dy, into: dcols + block, images: batch, channels: g.outChannels, plane: g.outPlane)
                dy = UnsafePointer(dcols + block)
            }
            let cols: UnsafePointer<Float>
            if let kept = columns {
                cols = kept
            } else {
                g.im2col(input: p.x, images: batch, columns: dcols + block + gathered, columnStride: width)
                cols = UnsafePointer(dcols + block + gathered)
            }
            for group in 0..<g.groups {
                let dyGroup = dy + group * m * width
                parallelGEMM(
                    transposeB: true, m: m, n: k, k: width, a: dyGroup, lda: width, b: cols + group * k * width,
                    ldb: width, c: p.dw + group * m * k, ldc: k)
                parallelGEMM(
                    transposeA: true, m: k, n: width, k: m, a: p.w + group * m * k, lda: k, b: dyGroup, ldb: width,
                    c: dcols + group * k * width, ldc: width)
            }
            g.col2im(columns: dcols, columnStride: width, images: batch, output: p.dx)
        }
    }
}
