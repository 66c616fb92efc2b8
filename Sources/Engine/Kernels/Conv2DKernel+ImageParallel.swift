/// Batch-parallel per-image convolution: each worker takes every `workers`-th image and runs its
/// im2col and single-threaded GEMMs, so workers never wait on each other within a layer, and the
/// backward pass sums per-worker weight gradients at the end. Used when the batch has at least as
/// many images as workers; batch 1 keeps splitting each GEMM instead (`parallelGEMM`).
extension Conv2DKernel {
    /// Whether `batch` images are worth spreading over the Engine's workers.
    func usesImageParallelism(batch: Int, layout: Layout) -> Bool {
        layout != .batched && EngineThreads.count > 1 && batch >= EngineThreads.count
    }

    /// Forward of the `.pointwise` and `.perImage` layouts; `y` holds the bias (or zeros) already
    /// when `beta` is 1. `kept`, when given, receives every image's im2col block.
    func convolveImageParallel(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>,
        batch: Int, layout: Layout, beta: Float, columns kept: UnsafeMutablePointer<Float>?
    ) {
        let g = geometry
        let shape = forwardGEMM(batch: batch, layout: layout)
        let weightStride = g.groupOutChannels * shape.k
        let block = layout == .pointwise ? 0 : g.columnRows * g.outPlane
        let workers = min(EngineThreads.count, batch)
        let (xp, wp, yp) = (SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: w)),
                            SharedPointer(y))
        let keptPointer = kept.map(SharedPointer.init)
        runPieces(workers, workers: workers) { worker in
            let own = block > 0 && keptPointer == nil ? UnsafeMutablePointer<Float>.allocate(capacity: block) : nil
            defer { own?.deallocate() }
            for n in stride(from: worker, to: batch, by: workers) {
                let source: UnsafePointer<Float>
                if layout == .pointwise {
                    source = UnsafePointer(xp.base + n * g.inImage)
                } else {
                    let cols = keptPointer.map { $0.base + n * block } ?? own!
                    g.im2col(input: xp.base + n * g.inImage, images: 1, columns: cols, columnStride: g.outPlane)
                    source = UnsafePointer(cols)
                }
                let rowStride = layout == .pointwise ? g.inPlane : g.outPlane
                for group in 0..<g.groups {
                    parallelGEMM(
                        m: shape.m, n: shape.n, k: shape.k, a: wp.base + group * weightStride, lda: shape.k,
                        b: source + group * shape.k * rowStride, ldb: rowStride, beta: beta,
                        c: yp.base + n * g.outImage + group * shape.m * g.outPlane, ldc: g.outPlane, workers: 1)
                }
            }
        }
    }

    /// Backward of the `.pointwise` and `.perImage` layouts: `dx` (zeroed) and `dw` are written.
    func backwardImageParallel(
        _ buffers: ConvolutionBackwardBuffers, columns kept: UnsafePointer<Float>?, batch: Int, layout: Layout
    ) {
        let (x, dy, w, dx, dw) = (buffers.x, buffers.dy, buffers.w, buffers.dx, buffers.dw)
        let g = geometry
        let pointwise = layout == .pointwise
        let (m, k) = (g.groupOutChannels, pointwise ? g.groupInChannels : g.groupColumnRows)
        let plane = pointwise ? g.inPlane : g.outPlane
        let block = pointwise ? 0 : g.columnRows * g.outPlane
        let weightCount = g.groups * m * k
        let workers = min(EngineThreads.count, batch)
        let partials = UnsafeMutablePointer<Float>.allocate(capacity: workers * weightCount)
        defer { partials.deallocate() }
        let (xp, dyp, wp, dxp, pp) = (
            SharedPointer(UnsafeMutablePointer(mutating: x)), SharedPointer(UnsafeMutablePointer(mutating: dy)),
            SharedPointer(UnsafeMutablePointer(mutating: w)), SharedPointer(dx), SharedPointer(partials))
        let keptPointer = kept.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        runPieces(workers, workers: workers) { worker in
            let scratch = pointwise ? nil : UnsafeMutablePointer<Float>.allocate(capacity: keptPointer == nil ? 2 * block : block)
            defer { scratch?.deallocate() }
            let dwPart = pp.base + worker * weightCount
            var first = true
            for n in stride(from: worker, to: batch, by: workers) {
                let cols: UnsafePointer<Float>
                if pointwise {
                    cols = UnsafePointer(xp.base + n * g.inImage)
                } else if let keptPointer {
                    cols = UnsafePointer(keptPointer.base + n * block)
                } else {
                    g.im2col(input: xp.base + n * g.inImage, images: 1, columns: scratch! + block, columnStride: plane)
                    cols = UnsafePointer(scratch! + block)
                }
                let dcols = pointwise ? dxp.base + n * g.inImage : scratch!
                for group in 0..<g.groups {
                    let dyGroup = dyp.base + n * g.outImage + group * m * g.outPlane
                    parallelGEMM(
                        transposeB: true, m: m, n: k, k: plane, a: dyGroup, lda: g.outPlane, b: cols + group * k * plane,
                        ldb: plane, beta: first ? 0 : 1, c: dwPart + group * m * k, ldc: k, workers: 1)
                    parallelGEMM(
                        transposeA: true, m: k, n: plane, k: m, a: wp.base + group * m * k, lda: k, b: dyGroup,
                        ldb: g.outPlane, c: dcols + group * k * plane, ldc: plane, workers: 1)
                }
                first = false
                if !pointwise {
                    g.col2im(columns: dcols, columnStride: plane, images: 1, output: dxp.base + n * g.inImage)
                }
            }
        }
        for i in 0..<weightCount {
            var total: Float = 0
            for worker in 0..<workers { total += partials[worker * weightCount + i] }
            dw[i] = total
        }
    }
}
