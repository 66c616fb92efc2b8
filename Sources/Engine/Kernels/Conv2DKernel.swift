import CKernels
import NetworkIR

/// General 2-D convolution (stride, dilation, asymmetric padding, groups) as GEMMs.
///
/// For group `g` with weights `W_g` (`[C'/G, K]`, `K = C/G · kh · kw`, PyTorch layout
/// `[C', C/G, kh, kw]` flattened) and the im2col matrix `X̂_g` (`[K, H'W']`, see `im2col`),
/// the output is `Y_g = W_g · X̂_g + b`. A 1x1 stride-1 unpadded convolution needs no im2col:
/// `X̂` is the image itself, read in place. Backward: `dW_g = Σₙ dY_g · X̂_gᵀ`,
/// `dX̂_g = W_gᵀ · dY_g` folded back by `col2im`, and `db = Σₙ Σₚ dY`.
///
/// The GEMM arrangement for a batch is `layout(batch:)`; training mode keeps `X̂` in
/// `SavedTensors` when it is small (`ConvolutionTuning.keptColumnsLimit`), so that backward
/// skips the second im2col.
struct Conv2DKernel: LayerKernel, GEMMShapeReporting {
    enum Layout: Int32 {
        case pointwise, perImage, batched, direct
    }

    let geometry: ConvolutionGeometry
    let hasBias: Bool
    /// Overrides `ConvolutionTuning.layout` for this kernel (tests pin each layout this way).
    var layoutPreference: ConvolutionLayout?
    /// Overrides `ConvolutionTuning.keptColumnsLimit` for this kernel: always or never keep.
    var savesColumns: Bool?
    /// Inference only: an activation applied to the output, set by `Model.fusedForInference()`;
    /// the direct kernels apply ReLU and ReLU6 while unpacking, the 1x1 kernel as it stores.
    var fusedActivation: Activation?
    /// Inference only: the layer reads a second input of its output's shape, the other operand of
    /// an add that `Model.fusedForInference()` ran inside this layer, and outputs
    /// `activation(conv(x) + b + addend)`. The direct and 1x1 kernels add it as they store.
    var fusedAddend = false
    /// Instruction-set level of the direct kernels (`ck_simd_level()`; tests pin each).
    var simdLevel = ck_simd_level()
    /// Overrides `ConvolutionTuning.minimumPieceMultiplyAdds` for this kernel (tests split small layers).
    var minimumPieceMultiplyAdds: Int?

    init(conv: Conv2D, input: TensorShape, output: TensorShape) {
        geometry = ConvolutionGeometry(conv: conv, input: input, output: output)
        hasBias = conv.bias
    }

    var parameterSpecs: [ParameterSpec] {
        let g = geometry
        let fanIn = g.groupColumnRows
        var specs = [ParameterSpec(
            name: "weight", shape: [g.outChannels, g.groupInChannels, g.kernelHeight, g.kernelWidth],
            initialization: .kaimingNormal(fanIn: fanIn), decays: true)]
        if hasBias {
            specs.append(ParameterSpec(
                name: "bias", shape: [g.outChannels], initialization: .uniformFanIn(fanIn: fanIn), decays: false))
        }
        return specs
    }

    /// The GEMM arrangement for `batch` images.
    ///
    /// `.automatic` is per-image: on ResNet-8 at batch 64 (Xeon, 2 threads, OpenBLAS SkylakeX)
    /// per-image GEMMs ran the convolutions at 29.8 GFLOP/s against 14.5 for one batched GEMM
    /// per layer, and were faster on every layer, the 8x8 ones included (47 against 26 GFLOP/s);
    /// the batched column matrix (up to 37 MB) streams from memory while a per-image one stays
    /// in L2. One image is the same GEMM either way and takes the batched path, which writes
    /// straight into the output.
    ///
    /// Ungrouped convolutions take the direct kernels (`Conv2DKernel+Direct`) whenever they have
    /// AVX2 or AVX-512 to run on: ResNet-8's stack layers at batch 1 on one thread ran at 60–65
    /// GFLOP/s direct against 26–39 through im2col + sgemm (`coforge-bench gemm-efficiency
    /// --layout direct|perImage --only stack`, AVX-512, two runs each). Plain 1x1 convolutions
    /// keep the `.pointwise` layout, whose forward pass runs `ck_conv_pointwise` under the same
    /// condition (`pointwiseRunsDirect`) and sgemm otherwise.
    func layout(batch: Int) -> Layout {
        if geometry.isPointwise { return .pointwise }
        let preference = layoutPreference ?? ConvolutionTuning.layout
        if geometry.groups == 1 && (preference == .direct || (preference == .automatic && simdLevel > 0)) {
            return .direct
        }
        if batch == 1 { return .batched }
        switch preference {
        case .perImage, .automatic, .direct: return .perImage
        case .batched: return .batched
        }
    }

    /// The forward GEMM of one group, issued `count` times.
    func forwardGEMM(batch: Int, layout: Layout) -> GEMMShape {
        let g = geometry
        switch layout {
        case .pointwise:
            return GEMMShape(m: g.groupOutChannels, n: g.outPlane, k: g.groupInChannels, count: batch * g.groups)
        case .perImage, .direct:
            return GEMMShape(m: g.groupOutChannels, n: g.outPlane, k: g.groupColumnRows, count: batch * g.groups)
        case .batched:
            return GEMMShape(m: g.groupOutChannels, n: batch * g.outPlane, k: g.groupColumnRows, count: g.groups)
        }
    }

    func forwardGEMMs(batch: Int) -> [GEMMShape] {
        [forwardGEMM(batch: batch, layout: layout(batch: batch))]
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        let g = geometry
        let batch = x.batch
        precondition(x.itemCount == g.inImage, "Conv2DKernel: input \(x.shape), expected \(g.inChannels)x\(g.inHeight)x\(g.inWidth)")
        precondition(inputs.count == (fusedAddend ? 2 : 1), "Conv2DKernel: \(inputs.count) inputs, fusedAddend \(fusedAddend)")
        let addend = fusedAddend ? inputs[1] : nil
        precondition(addend.map { $0.count == batch * g.outImage } ?? true, "Conv2DKernel: addend \(addend?.shape ?? []) does not match the output")
        let layout = layout(batch: batch)
        let clampsInKernel = layout == .direct || (layout == .pointwise && pointwiseRunsDirect)
        let columnCount = batch * g.columnRows * g.outPlane
        let keep = mode == .training && layout != .pointwise && layout != .direct
            && (savesColumns ?? (columnCount <= ConvolutionTuning.keptColumnsLimit))
        var columns = keep ? ConvolutionGeometry.scratch(columnCount) : []
        var y = Tensor(shape: [batch, g.outChannels, g.outHeight, g.outWidth],
                       scalars: ConvolutionGeometry.scratch(batch * g.outImage))
        x.scalars.withUnsafeBufferPointer { xs in
            y.scalars.withUnsafeMutableBufferPointer { ys in
                columns.withUnsafeMutableBufferPointer { kept in
                    let bias = hasBias ? parameters[1].scalars : []
                    parameters[0].scalars.withUnsafeBufferPointer { w in
                        bias.withUnsafeBufferPointer { b in
                        (addend?.scalars ?? []).withUnsafeBufferPointer { a in
                            let bias = hasBias ? b.baseAddress! : nil
                            let addend = fusedAddend ? a.baseAddress! : nil
                            if layout == .pointwise && pointwiseRunsDirect {
                                forwardPointwise(x: xs.baseAddress!, weights: w.baseAddress!, bias: bias, addend: addend,
                                                 y: ys.baseAddress!, batch: batch, clamp: fusedActivation?.clampRange)
                            } else if layout == .direct {
                                forwardDirect(x: xs.baseAddress!, weights: w.baseAddress!, bias: bias, addend: addend,
                                              y: ys.baseAddress!, batch: batch, clamp: fusedActivation?.clampRange)
                            } else {
                                convolve(x: xs.baseAddress!, weights: w.baseAddress!, bias: bias, y: ys.baseAddress!,
                                         batch: batch, layout: layout, columns: keep ? kept.baseAddress : nil)
                            }
                        }
                        }
                    }
                }
            }
        }
        if let addend, !clampsInKernel { y.add(addend) }
        if let f = fusedActivation, !clampsInKernel || f.clampRange == nil { FusedActivationKernel.apply(f, to: &y) }
        guard keep else { return (y, SavedTensors()) }
        let saved = Tensor(shape: [columnCount], scalars: columns)
        return (y, SavedTensors(tensors: [saved], indices: [layout.rawValue]))
    }

    /// Writes the convolution of `batch` images into `y`, keeping the im2col matrix in `columns`
    /// when given (in the layout's order: per image `[K·G, H'W']` blocks, or one `[K·G, N·H'W']`).
    private func convolve(
        x: UnsafePointer<Float>, weights w: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        y: UnsafeMutablePointer<Float>, batch: Int, layout: Layout, columns kept: UnsafeMutablePointer<Float>?
    ) {
        let g = geometry
        let shape = forwardGEMM(batch: batch, layout: layout)
        let weightStride = g.groupOutChannels * shape.k
        let direct = layout != .batched || batch == 1
        if let bias, direct {
            ChannelBlocks.fill(y, images: batch, channels: g.outChannels, plane: g.outPlane, values: bias)
        }
        let beta: Float = bias != nil && direct ? 1 : 0
        if usesImageParallelism(batch: batch, layout: layout) {
            convolveImageParallel(x: x, weights: w, y: y, batch: batch, layout: layout, beta: beta, columns: kept)
            return
        }
        switch layout {
        case .pointwise:
            for n in 0..<batch {
                for group in 0..<g.groups {
                    parallelGEMM(
                        m: shape.m, n: shape.n, k: shape.k, a: w + group * weightStride, lda: shape.k,
                        b: x + n * g.inImage + group * shape.k * g.inPlane, ldb: g.inPlane, beta: beta,
                        c: y + n * g.outImage + group * shape.m * g.outPlane, ldc: g.outPlane)
                }
            }
        case .perImage, .direct:
            let block = g.columnRows * g.outPlane
            ScratchBuffers.shared.with(count: kept == nil ? block : 0) { own in
                for n in 0..<batch {
                    let cols = kept.map { $0 + n * block } ?? own
                    g.im2col(input: x + n * g.inImage, images: 1, columns: cols, columnStride: g.outPlane)
                    for group in 0..<g.groups {
                        parallelGEMM(
                            m: shape.m, n: shape.n, k: shape.k, a: w + group * weightStride, lda: shape.k,
                            b: cols + group * shape.k * g.outPlane, ldb: g.outPlane, beta: beta,
                            c: y + n * g.outImage + group * shape.m * g.outPlane, ldc: g.outPlane)
                    }
                }
            }
        case .batched:
            let width = shape.n
            let ownColumns = kept == nil ? g.columnRows * width : 0
            ScratchBuffers.shared.with(count: ownColumns + (direct ? 0 : g.outChannels * width)) { own in
                let cols = kept ?? own
                let product = direct ? y : own + ownColumns
                g.im2col(input: x, images: batch, columns: cols, columnStride: width)
                for group in 0..<g.groups {
                    parallelGEMM(
                        m: shape.m, n: width, k: shape.k, a: w + group * weightStride, lda: shape.k,
                        b: cols + group * shape.k * width, ldb: width, beta: beta,
                        c: product + group * shape.m * width, ldc: width)
                }
                if !direct {
                    ChannelBlocks.scatter(product, into: y, images: batch, channels: g.outChannels, plane: g.outPlane, bias: bias)
                }
            }
        }
    }
}
