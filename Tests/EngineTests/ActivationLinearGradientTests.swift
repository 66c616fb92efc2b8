import Testing
@testable import Engine
import NetworkIR

@Suite("Linear and activation gradients")
struct ActivationLinearGradientTests {
    @Test("linear with and without bias", arguments: [true, false])
    func linear(bias: Bool) {
        let kernel = LinearKernel(inFeatures: 7, outFeatures: 5, hasBias: bias)
        let problems = GradientCheck().mismatches(
            kernel: kernel, inputs: [randomTensor([3, 7, 1, 1], seed: 1)],
            parameters: initialParameters(kernel, seed: 2))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("activations", arguments: Activation.allCases)
    func activation(_ activation: Activation) {
        let kernel = ActivationKernel(activation: activation)
        let problems = GradientCheck().mismatches(
            kernel: kernel,
            inputs: [randomTensor([2, 3, 4, 5], seed: 3, range: -7...7, avoidingKinks: [-3, 0, 3, 6])],
            parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("softmax cross-entropy gradient with label smoothing")
    func crossEntropy() {
        let logits = randomTensor([4, 6, 1, 1], seed: 9, range: -3...3)
        let labels: [Int32] = [0, 5, 2, 2]
        let loss = SoftmaxCrossEntropy(labelSmoothing: 0.1)
        let result = loss.evaluate(logits: logits, labels: labels)
        for i in 0..<logits.count {
            var up = logits, down = logits
            up.scalars[i] += 1e-2
            down.scalars[i] -= 1e-2
            let numeric = (loss.evaluate(logits: up, labels: labels).loss - loss.evaluate(logits: down, labels: labels).loss) / 2e-2
            #expect(abs(numeric - Double(result.logitsGradient.scalars[i])) < 1e-3)
        }
    }

    @Test("cross-entropy of uniform logits is log K")
    func uniformLoss() {
        let result = SoftmaxCrossEntropy().evaluate(logits: Tensor(zeros: [2, 10, 1, 1]), labels: [3, 7])
        #expect(abs(result.loss - 2.302585092994046) < 1e-9)
    }
}
