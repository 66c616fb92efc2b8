import Testing
@testable import Engine
import NetworkIR
import CKernels

/// The direct kernels that apply a fused ReLU6 in their store (the 1x1 kernel, both depthwise
/// forms, the general direct convolution), against the clamped Double reference, at every
/// instruction-set level; and NaN surviving that clamp.
@Suite("Fused clamps in the direct kernels")
struct FusedClampTests {
    static let cases: [ConvolutionCase] = [
        .init(name: "1x1, split by positions", input: .init(channels: 13, height: 11, width: 13),
              conv: Conv2D(outChannels: 23, kernel: 1, bias: true), batch: 1),
        .init(name: "1x1, split by channels", input: .init(channels: 20, height: 7, width: 7),
              conv: Conv2D(outChannels: 45, kernel: 1, bias: true), batch: 1),
        .init(name: "1x1, one image per worker", input: .init(channels: 9, height: 5, width: 10),
              conv: Conv2D(outChannels: 11, kernel: 1), batch: 3),
        .init(name: "depthwise s1", input: .init(channels: 5, height: 9, width: 37),
              conv: Conv2D(outChannels: 5, kernel: 3, padding: .init(symmetric: 1), groups: 5, bias: true), batch: 2),
        .init(name: "depthwise s2", input: .init(channels: 4, height: 12, width: 50),
              conv: Conv2D(outChannels: 4, kernel: 3, stride: 2, padding: .init(symmetric: 1), groups: 4, bias: true), batch: 1),
        .init(name: "3x3 direct", input: .init(channels: 6, height: 8, width: 9),
              conv: Conv2D(outChannels: 10, kernel: 3, padding: .init(symmetric: 1), bias: true), batch: 1),
    ]

    /// Every direct variant of a case with ReLU6 fused.
    static func clampedVariants(_ c: ConvolutionCase) -> [(label: String, kernel: any LayerKernel)] {
        ConvolutionTests.variants(c).compactMap { label, kernel in
            if var conv = kernel as? Conv2DKernel, label.hasPrefix("direct") {
                conv.fusedActivation = .relu6
                return (label, conv)
            }
            if var depthwise = kernel as? DepthwiseConv2DKernel, depthwise.usesDirectKernel {
                depthwise.fusedActivation = .relu6
                return (label, depthwise)
            }
            return nil
        }
    }

    @Test("ReLU6 in the store equals the clamped reference", arguments: cases)
    func clampedForward(_ c: ConvolutionCase) {
        let x = c.inputTensor(seed: 41, range: -4...4)
        let variants = Self.clampedVariants(c)
        #expect(variants.count >= ConvolutionTests.levels.count)
        for (label, kernel) in variants {
            let parameters = initialParameters(kernel, seed: 42)
            let expected = referenceConvolution(
                x, weight: parameters[0], bias: c.conv.bias ? parameters[1] : nil, conv: c.conv, output: c.output
            ).map { min(max($0, 0), 6) }
            var buffers: [Tensor] = []
            let y = kernel.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: .inference).output
            let worst = zip(y.scalars, expected).map { abs(Double($0) - $1) }.max() ?? .infinity
            #expect(y.count == expected.count && worst < 1e-4, "\(c.name), \(label): max error \(worst)")
            #expect(y.scalars.contains(0) && y.scalars.contains(6), "\(c.name), \(label): the clamp was never reached")
        }
    }

    @Test("a NaN input stays NaN through the 1x1 kernel's clamp", arguments: ConvolutionTests.levels)
    func nanSurvivesClamp(level: Int32) {
        let (cin, cout, positions) = (3, 5, 40)
        var x = [Float](repeating: 1, count: cin * positions)
        x[positions + 17] = .nan
        let w = [Float](repeating: 0.5, count: cout * cin)
        var y = [Float](repeating: 0, count: cout * positions)
        ck_conv_pointwise(level, x, cin, positions, w, nil, nil, 0, 6, cout, &y, positions, positions)
        for co in 0..<cout {
            for p in 0..<positions {
                let value = y[co * positions + p]
                #expect(p == 17 ? value.isNaN : value == 1.5, "channel \(co), position \(p): \(value)")
            }
        }
    }
}
