import Testing
@testable import Engine
import NetworkIR
import CKernels

@Suite("Convolution kernels")
struct ConvolutionTests {
    /// Instruction-set levels of the direct kernels this CPU can run (portable C always).
    static let levels: [Int32] = Array(0...ck_supported_level())

    /// The kernel a case builds, in every variant: for `Conv2DKernel`, every GEMM layout the
    /// batch size allows, each with and without the im2col matrix kept for backward, and the
    /// direct kernels (the 1x1 kernel for pointwise cases) at every instruction-set level; for
    /// depthwise kernels, the Swift path and both forms of the direct kernels at every level.
    static func variants(_ c: ConvolutionCase) -> [(label: String, kernel: any LayerKernel)] {
        let kernel = c.kernel()
        guard var conv = kernel as? Conv2DKernel else {
            var depthwise = kernel as! DepthwiseConv2DKernel
            depthwise.usesDirectKernel = false
            return [("depthwise, Swift", depthwise)] + levels.flatMap { level in
                [true, false].map { rows in
                    depthwise.usesDirectKernel = true
                    depthwise.simdLevel = level
                    depthwise.rowKernelPreference = rows
                    return ("depthwise, direct \(rows ? "rows" : "planes") level \(level)", depthwise as any LayerKernel)
                }
            }
        }
        let layouts: [ConvolutionLayout] = c.batch > 1 && !conv.geometry.isPointwise ? [.perImage, .batched] : [.automatic]
        conv.simdLevel = 0
        var variants = layouts.flatMap { layout in
            [true, false].map { saves in
                var variant = conv
                variant.layoutPreference = layout
                variant.savesColumns = saves
                return ("\(layout)\(saves ? ", columns kept" : "")", variant as any LayerKernel)
            }
        }
        if conv.geometry.isPointwise || conv.geometry.groups == 1 {
            for level in levels {
                var variant = conv
                variant.layoutPreference = .direct
                variant.simdLevel = level
                variants.append(("direct level \(level)", variant))
            }
        }
        return variants
    }

    @Test("depthwise shapes get the direct kernel, every other convolution the GEMM kernel", arguments: ConvolutionCase.all)
    func routing(_ c: ConvolutionCase) {
        #expect((c.kernel() is DepthwiseConv2DKernel) == c.isDepthwise)
        #expect((c.kernel() is Conv2DKernel) == !c.isDepthwise)
    }

    @Test("forward equals a direct convolution in Double", arguments: ConvolutionCase.all)
    func forwardMatchesReference(_ c: ConvolutionCase) {
        let x = c.inputTensor(seed: 5)
        let out = c.output
        for (label, kernel) in Self.variants(c) {
            let parameters = initialParameters(kernel, seed: 11)
            let expected = referenceConvolution(
                x, weight: parameters[0], bias: c.conv.bias ? parameters[1] : nil, conv: c.conv, output: out)
            for mode in [ExecutionMode.inference, .training] {
                var buffers: [Tensor] = []
                let y = kernel.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: mode).output
                #expect(y.shape == [c.batch, out.channels, out.height, out.width], "\(label)")
                guard y.count == expected.count else { continue }
                let worst = zip(y.scalars, expected).map { abs(Double($0) - $1) }.max() ?? 0
                #expect(worst < 1e-5 * Double(c.conv.kernel.area * c.input.channels / c.conv.groups + 1),
                        "\(label), \(mode): max error \(worst)")
            }
        }
    }

    @Test("gradients of input, weight and bias match finite differences", arguments: ConvolutionCase.all)
    func gradients(_ c: ConvolutionCase) {
        for (label, kernel) in Self.variants(c) {
            let problems = GradientCheck(samplesPerTensor: 24).mismatches(
                kernel: kernel, inputs: [c.inputTensor(seed: 21)], parameters: initialParameters(kernel, seed: 22))
            #expect(problems.isEmpty, "\(label): \(problems)")
        }
    }

    /// Planes large enough that the weight gradient runs one image at a time and reads dY from the
    /// input-gradient pass's planes (`Conv2DKernel.backwardDirect`), which the small cases never do.
    static let largePlanes = [
        ConvolutionCase(name: "3x3 s1 p1, one image per weight-gradient call", input: .init(channels: 32, height: 34, width: 34),
                        conv: Conv2D(outChannels: 32, kernel: 3, padding: .init(symmetric: 1), bias: true), batch: 3),
        ConvolutionCase(name: "3x3 s2 p1, large", input: .init(channels: 32, height: 34, width: 34),
                        conv: Conv2D(outChannels: 40, kernel: 3, stride: 2, padding: .init(symmetric: 1)), batch: 2),
    ]

    @Test("direct backward equals the im2col backward", arguments: ConvolutionCase.all + largePlanes)
    func directBackwardMatchesGEMM(_ c: ConvolutionCase) throws {
        let all = Self.variants(c)
        guard let gemm = all.first?.kernel else { return }
        let x = c.inputTensor(seed: 31)
        let parameters = initialParameters(gemm, seed: 32)
        func gradients(_ kernel: any LayerKernel) -> [Tensor] {
            var buffers: [Tensor] = []
            let (y, saved) = kernel.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: .training)
            let dy = randomTensor(y.shape, seed: 33)
            let g = kernel.backward(outputGradient: dy, inputs: [x], output: y, parameters: parameters, saved: saved)
            return g.inputs + g.parameters
        }
        let expected = gradients(gemm)
        for (label, kernel) in all.dropFirst() where label.hasPrefix("direct") {
            for (name, (got, want)) in zip(["dx", "dw", "db"], zip(gradients(kernel), expected)) {
                let worst = zip(got.scalars, want.scalars).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
                #expect(worst < 1e-4, "\(label) \(name): largest relative difference \(worst)")
            }
        }
    }

    @Test("the cases cover every im2col source: shifted input, phase planes and gathered rows")
    func columnSources() {
        let sources = ConvolutionCase.all.compactMap { ($0.kernel() as? Conv2DKernel)?.geometry }
            .filter { !$0.isPointwise }.map(\.columnSource)
        #expect(sources.contains(.input) && sources.contains(.phases) && sources.contains(.rows))
    }

    @Test("parameters are PyTorch-shaped with fan-in initialisation")
    func parameterSpecs() {
        let conv = Conv2D(outChannels: 6, kernel: Size2(3, 5), groups: 2, bias: true)
        let kernel = makeKernel(
            for: .conv2d(conv), inputShapes: [TensorShape(channels: 4, height: 8, width: 8)],
            outputShape: TensorShape(channels: 6, height: 6, width: 4))
        #expect(kernel.parameterSpecs == [
            ParameterSpec(name: "weight", shape: [6, 2, 3, 5], initialization: .kaimingNormal(fanIn: 30), decays: true),
            ParameterSpec(name: "bias", shape: [6], initialization: .uniformFanIn(fanIn: 30), decays: false),
        ])
        let depthwise = makeKernel(
            for: .conv2d(Conv2D(outChannels: 4, kernel: 3, groups: 4)),
            inputShapes: [TensorShape(channels: 4, height: 5, width: 5)], outputShape: TensorShape(channels: 4, height: 3, width: 3))
        #expect(depthwise.parameterSpecs == [
            ParameterSpec(name: "weight", shape: [4, 1, 3, 3], initialization: .kaimingNormal(fanIn: 9), decays: true),
        ])
    }

    @Test("reported GEMM shapes follow the layout")
    func gemmShapes() throws {
        let input = TensorShape(channels: 8, height: 10, width: 10)
        let conv = Conv2D(outChannels: 6, kernel: 3, padding: .init(symmetric: 1), groups: 2)
        var kernel = Conv2DKernel(conv: conv, input: input, output: TensorShape(channels: 6, height: 10, width: 10))
        kernel.layoutPreference = .perImage
        #expect(kernel.forwardGEMMs(batch: 4) == [GEMMShape(m: 3, n: 100, k: 36, count: 8)])
        #expect(kernel.forwardGEMMs(batch: 1) == [GEMMShape(m: 3, n: 100, k: 36, count: 2)])
        kernel.layoutPreference = .batched
        #expect(kernel.forwardGEMMs(batch: 4) == [GEMMShape(m: 3, n: 400, k: 36, count: 2)])
        let pointwise = Conv2DKernel(
            conv: Conv2D(outChannels: 5, kernel: 1), input: input, output: TensorShape(channels: 5, height: 10, width: 10))
        #expect(pointwise.forwardGEMMs(batch: 4) == [GEMMShape(m: 5, n: 100, k: 8, count: 4)])
    }
}
