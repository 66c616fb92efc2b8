import Foundation
import Testing
@testable import Engine
import NetworkIR

private func run(_ kernel: any LayerKernel, _ inputs: [Tensor], _ parameters: [Tensor] = [],
                 mode: ExecutionMode = .training) -> (output: Tensor, saved: SavedTensors) {
    var buffers: [Tensor] = []
    return kernel.forward(inputs: inputs, parameters: parameters, buffers: &buffers, mode: mode)
}

/// Plane `c` of item `b` of an NCHW tensor.
private func plane(_ t: Tensor, _ b: Int, _ c: Int) -> ArraySlice<Float> {
    let size = t.shape[2] * t.shape[3]
    let start = (b * t.shape[1] + c) * size
    return t.scalars[start..<start + size]
}

@Suite("Concat, softmax and channel shuffle kernels")
struct ChannelKernelTests {
    @Test("concat stacks channels item by item")
    func concatForward() {
        let a = randomTensor([2, 2, 2, 3], seed: 41), b = randomTensor([2, 1, 2, 3], seed: 42)
        let kernel = ConcatKernel(inputs: [TensorShape(channels: 2, height: 2, width: 3),
                                           TensorShape(channels: 1, height: 2, width: 3)])
        let y = run(kernel, [a, b]).output
        #expect(y.shape == [2, 3, 2, 3])
        for n in 0..<2 {
            #expect(plane(y, n, 0) == plane(a, n, 0))
            #expect(plane(y, n, 1) == plane(a, n, 1))
            #expect(plane(y, n, 2) == plane(b, n, 0))
        }
    }

    @Test("concat gradient, three inputs")
    func concatGradient() {
        let shapes = [TensorShape(channels: 2, height: 2, width: 2), TensorShape(channels: 3, height: 2, width: 2),
                      TensorShape(channels: 1, height: 2, width: 2)]
        let inputs = shapes.enumerated().map { randomTensor([2, $1.channels, 2, 2], seed: 43 + UInt64($0)) }
        let problems = GradientCheck().mismatches(kernel: ConcatKernel(inputs: shapes), inputs: inputs, parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("softmax over channels matches exp / Σ exp and sums to 1", arguments: [[3, 5, 1, 1], [2, 4, 2, 3]])
    func softmaxForward(_ shape: [Int]) {
        let x = randomTensor(shape, seed: 46, range: -20...20)
        let kernel = SoftmaxKernel(input: TensorShape(channels: shape[1], height: shape[2], width: shape[3]))
        let y = run(kernel, [x]).output
        let (c, positions) = (shape[1], shape[2] * shape[3])
        for b in 0..<shape[0] {
            for p in 0..<positions {
                let index = { (ch: Int) in (b * c + ch) * positions + p }
                let total = (0..<c).reduce(0.0) { $0 + Foundation.exp(Double(x.scalars[index($1)])) }
                var sum: Float = 0
                for ch in 0..<c {
                    let expected = Foundation.exp(Double(x.scalars[index(ch)])) / total
                    #expect(abs(Double(y.scalars[index(ch)]) - expected) < 1e-6)
                    sum += y.scalars[index(ch)]
                }
                #expect(abs(sum - 1) < 1e-5)
            }
        }
    }

    @Test("softmax does not overflow on large logits")
    func softmaxLarge() {
        let y = run(SoftmaxKernel(input: .vector(3)), [Tensor(shape: [1, 3, 1, 1], scalars: [1000, 1000, -1000])]).output
        #expect(y.scalars == [0.5, 0.5, 0])
    }

    @Test("softmax gradient", arguments: [[3, 5, 1, 1], [2, 4, 2, 3]])
    func softmaxGradient(_ shape: [Int]) {
        let kernel = SoftmaxKernel(input: TensorShape(channels: shape[1], height: shape[2], width: shape[3]))
        let problems = GradientCheck().mismatches(kernel: kernel, inputs: [randomTensor(shape, seed: 47, range: -2...2)],
                                                  parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("channel shuffle of 6 channels in 2 groups takes channels 0, 3, 1, 4, 2, 5")
    func shufflePermutation() {
        let kernel = ChannelShuffleKernel(groups: 2, input: TensorShape(channels: 6, height: 2, width: 2))
        #expect(kernel.source == [0, 3, 1, 4, 2, 5])
        let x = randomTensor([2, 6, 2, 2], seed: 48)
        let y = run(kernel, [x]).output
        for n in 0..<2 {
            for (o, source) in [0, 3, 1, 4, 2, 5].enumerated() { #expect(plane(y, n, o) == plane(x, n, source)) }
        }
        #expect(ChannelShuffleKernel(groups: 3, input: .vector(6)).source == [0, 2, 4, 1, 3, 5])
        let dx = kernel.backward(outputGradient: y, inputs: [x], output: y, parameters: [], saved: SavedTensors())
        #expect(dx.inputs[0] == x)
    }

    @Test("channel shuffle gradient")
    func shuffleGradient() {
        let problems = GradientCheck().mismatches(
            kernel: ChannelShuffleKernel(groups: 3, input: TensorShape(channels: 6, height: 1, width: 3)),
            inputs: [randomTensor([2, 6, 1, 3], seed: 49)], parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }
}
