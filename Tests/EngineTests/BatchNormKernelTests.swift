import Testing
@testable import Engine
import NetworkIR

@Suite("Batch norm kernel")
struct BatchNormKernelTests {
    /// Per-channel mean and biased variance over batch and positions, in Double.
    private func statistics(_ x: Tensor) -> (mean: [Double], variance: [Double]) {
        let (n, c) = (x.shape[0], x.shape[1])
        let plane = x.itemCount / c
        var mean = [Double](repeating: 0, count: c), variance = mean
        for ch in 0..<c {
            var values: [Double] = []
            for b in 0..<n {
                for i in 0..<plane { values.append(Double(x.scalars[(b * c + ch) * plane + i])) }
            }
            mean[ch] = values.reduce(0, +) / Double(values.count)
            variance[ch] = values.reduce(0) { $0 + ($1 - mean[ch]) * ($1 - mean[ch]) } / Double(values.count)
        }
        return (mean, variance)
    }

    @Test("training normalises each channel and updates running statistics as PyTorch does")
    func trainingForward() {
        let kernel = BatchNormKernel(channels: 3, epsilon: 1e-5)
        let x = randomTensor([4, 3, 2, 2], seed: 31, range: -2...5)
        var buffers = [Tensor(zeros: [3]), Tensor(repeating: 1, shape: [3])]
        let y = kernel.forward(inputs: [x], parameters: initialParameters(kernel, seed: 1), buffers: &buffers,
                               mode: .training).output
        let out = statistics(y), batch = statistics(x)
        for ch in 0..<3 {
            #expect(abs(out.mean[ch]) < 1e-5)
            #expect(abs(out.variance[ch] - batch.variance[ch] / (batch.variance[ch] + 1e-5)) < 1e-4)
            #expect(abs(Double(buffers[0].scalars[ch]) - 0.1 * batch.mean[ch]) < 1e-5)
            let unbiased = batch.variance[ch] * 16 / 15
            #expect(abs(Double(buffers[1].scalars[ch]) - (0.9 + 0.1 * unbiased)) < 1e-5)
        }
    }

    @Test("inference uses running statistics, scale and shift")
    func inferenceForward() {
        let kernel = BatchNormKernel(channels: 2, epsilon: 1e-3)
        let x = randomTensor([3, 2, 1, 1], seed: 32)
        let gamma = Tensor(shape: [2], scalars: [2, -0.5]), beta = Tensor(shape: [2], scalars: [0.25, 1])
        var buffers = [Tensor(shape: [2], scalars: [0.5, -1]), Tensor(shape: [2], scalars: [4, 0.25])]
        let before = buffers
        let y = kernel.forward(inputs: [x], parameters: [gamma, beta], buffers: &buffers, mode: .inference).output
        #expect(buffers == before)
        for b in 0..<3 {
            for ch in 0..<2 {
                let v = x.scalars[b * 2 + ch]
                let expected = (v - before[0].scalars[ch]) / (before[1].scalars[ch] + 1e-3).squareRoot()
                    * gamma.scalars[ch] + beta.scalars[ch]
                #expect(abs(y.scalars[b * 2 + ch] - expected) < 1e-5)
            }
        }
    }

    @Test("specs: affine parameters without decay, running statistics 0 and 1")
    func specs() {
        let kernel = BatchNormKernel(channels: 4, epsilon: 1e-5)
        #expect(kernel.parameterSpecs.map(\.name) == ["weight", "bias"])
        #expect(kernel.parameterSpecs.map(\.initialization) == [.constant(1), .constant(0)])
        #expect(kernel.parameterSpecs.allSatisfy { !$0.decays && $0.shape == [4] })
        #expect(kernel.bufferSpecs.map(\.name) == ["running_mean", "running_var"])
        #expect(kernel.bufferSpecs.map(\.initialization) == [.constant(0), .constant(1)])
    }

    @Test("gradients with batch and running statistics, spatial and vector inputs",
          arguments: [ExecutionMode.training, .inference], [[3, 2, 3, 3], [6, 4, 1, 1]])
    func gradients(_ mode: ExecutionMode, _ shape: [Int]) {
        let c = shape[1]
        let kernel = BatchNormKernel(channels: c, epsilon: 1e-5)
        let parameters = [randomTensor([c], seed: 33, range: 0.5...1.5), randomTensor([c], seed: 34)]
        let buffers = [randomTensor([c], seed: 35), randomTensor([c], seed: 36, range: 0.5...2)]
        var check = GradientCheck()
        check.mode = mode
        let problems = check.mismatches(
            kernel: kernel, inputs: [randomTensor(shape, seed: 37, range: -2...2)], parameters: parameters,
            buffers: buffers)
        #expect(problems.isEmpty, "\(problems)")
    }
}
