import Testing
@testable import Engine
import ModelZoo
import NetworkIR
import Randomness

@Suite("Model gradients")
struct ModelGradientTests {
    private func model(_ network: Network, seed: UInt64) -> Model {
        var rng = SeededGenerator(seed: seed)
        return Model(network: network, using: &rng)
    }

    @Test("mixed network: pooling, BN, SE, shuffle, concat, add, zero, linear, softmax")
    func mixed() throws {
        let problems = ModelGradientCheck().mismatches(
            model: model(try TestNetworks.mixed(), seed: 61), input: tieFreeTensor([3, 4, 6, 6], seed: 62))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("NAS-Bench-201 cells without convolutions")
    func nb201ConvolutionFree() throws {
        let problems = ModelGradientCheck().mismatches(
            model: model(try TestNetworks.nb201ConvolutionFree(), seed: 63),
            input: randomTensor([2, 3, 5, 5], seed: 64, range: -2...2))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("perceptron with vector batch norm")
    func perceptron() throws {
        let problems = ModelGradientCheck().mismatches(
            model: model(try TestNetworks.perceptron(), seed: 65),
            input: randomTensor([4, 2, 3, 3], seed: 66, range: -2...2))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("backward from an intermediate layer leaves later layers' gradients zero")
    func intermediateStop() throws {
        let network = try TestNetworks.mixed()
        let stop = try #require(network.layers.firstIndex { $0.operation == .globalAvgPool })
        let m = model(network, seed: 67)
        let x = tieFreeTensor([2, 4, 6, 6], seed: 68)
        let problems = ModelGradientCheck().mismatches(model: m, input: x, upTo: stop)
        #expect(problems.isEmpty, "\(problems)")
        var trained = m
        let tape = trained.forward(x, mode: .training, upTo: stop)
        let gradients = trained.backward(tape: tape, outputGradient: Tensor(repeating: 1, shape: tape.outputs[stop].shape))
        for i in network.layers.indices where i > stop {
            #expect(gradients.parameters[i].allSatisfy { $0.scalars.allSatisfy { $0 == 0 } })
        }
    }

    // Needs the convolution kernels (being written on another branch; their stubs trap): enable
    // after the merge. A tiny NB201 macro network: stem conv, cells with 1x1 and 3x3 ReLU-conv-BN
    // edges, the stride-2 residual blocks with their pooled 1x1-conv shortcut, and the head. It
    // passed with a naive reference convolution standing in for the stubs.
    @Test("NAS-Bench-201 network with convolutions")
    func nb201WithConvolutions() throws {
        let cell = try NB201Cell(
            archString: "|nor_conv_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|avg_pool_3x3~0|none~1|nor_conv_3x3~2|")
        let network = try nb201Network(cell: cell, channels: 2, cellsPerStage: 1, resolution: 8, classes: 3)
        let problems = ModelGradientCheck().mismatches(
            model: model(network, seed: 69), input: randomTensor([2, 3, 8, 8], seed: 70, range: -2...2))
        #expect(problems.isEmpty, "\(problems)")
    }
}
