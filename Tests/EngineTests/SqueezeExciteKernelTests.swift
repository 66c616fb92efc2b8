import Foundation
import Testing
@testable import Engine
import NetworkIR

@Suite("Squeeze-and-excitation kernel")
struct SqueezeExciteKernelTests {
    private func gateValue(_ gate: Activation, _ u: Double) -> Double {
        switch gate {
        case .hardSigmoid: return min(max(u + 3, 0), 6) / 6
        default: return 1 / (1 + Foundation.exp(-u))
        }
    }

    @Test("forward matches pool, FC, ReLU, FC, gate, scale computed in Double", arguments: [Activation.sigmoid, .hardSigmoid])
    func forward(_ gate: Activation) {
        let (n, c, s, h, w) = (2, 4, 3, 2, 3)
        let kernel = SqueezeExciteKernel(squeezeExcite: SqueezeExcite(squeezeChannels: s, gate: gate),
                                         input: TensorShape(channels: c, height: h, width: w))
        #expect(kernel.parameterSpecs.map(\.name) == ["reduce.weight", "reduce.bias", "expand.weight", "expand.bias"])
        #expect(kernel.parameterSpecs.map(\.shape) == [[s, c], [s], [c, s], [c]])
        let p = initialParameters(kernel, seed: 51)
        let x = randomTensor([n, c, h, w], seed: 52, range: -3...3)
        var buffers: [Tensor] = []
        let y = kernel.forward(inputs: [x], parameters: p, buffers: &buffers, mode: .inference).output
        for b in 0..<n {
            let pooled = (0..<c).map { ch in
                (0..<h * w).reduce(0.0) { $0 + Double(x.scalars[(b * c + ch) * h * w + $1]) } / Double(h * w)
            }
            let hidden = (0..<s).map { j in
                max(0, (0..<c).reduce(Double(p[1].scalars[j])) { $0 + Double(p[0].scalars[j * c + $1]) * pooled[$1] })
            }
            for ch in 0..<c {
                let u = (0..<s).reduce(Double(p[3].scalars[ch])) { $0 + Double(p[2].scalars[ch * s + $1]) * hidden[$1] }
                let g = gateValue(gate, u)
                for i in 0..<h * w {
                    let index = (b * c + ch) * h * w + i
                    #expect(abs(Double(y.scalars[index]) - Double(x.scalars[index]) * g) < 1e-5)
                }
            }
        }
    }

    @Test("gradients for sigmoid and hard-sigmoid gates, saved and recomputed",
          arguments: [Activation.sigmoid, .hardSigmoid], [ExecutionMode.training, .inference])
    func gradients(_ gate: Activation, _ mode: ExecutionMode) {
        let kernel = SqueezeExciteKernel(squeezeExcite: SqueezeExcite(squeezeChannels: 2, gate: gate),
                                         input: TensorShape(channels: 5, height: 2, width: 2))
        var check = GradientCheck()
        check.mode = mode
        let problems = check.mismatches(
            kernel: kernel, inputs: [randomTensor([3, 5, 2, 2], seed: 53, range: -2...2)],
            parameters: initialParameters(kernel, seed: 54))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("vector input")
    func vectorGradient() {
        let kernel = SqueezeExciteKernel(squeezeExcite: SqueezeExcite(squeezeChannels: 3), input: .vector(6))
        let problems = GradientCheck().mismatches(
            kernel: kernel, inputs: [randomTensor([4, 6, 1, 1], seed: 55, range: -2...2)],
            parameters: initialParameters(kernel, seed: 56))
        #expect(problems.isEmpty, "\(problems)")
    }
}
