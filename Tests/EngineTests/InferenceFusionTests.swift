import Testing
@testable import Engine
import ModelZoo
import NetworkIR
import Randomness

@Suite("Inference fusion")
struct InferenceFusionTests {
    /// Trains BN statistics away from their initial values, then checks that folding and fusing
    /// leave the eval-mode outputs unchanged.
    @Test("folded and fused models match eval mode", arguments: ["resnet8", "small-cnn", "dscnn-kws"])
    func matchesEvalMode(_ name: String) throws {
        let network = try Zoo.network(named: name, resolution: nil, classes: nil)
        var generator = SeededGenerator(seed: 4)
        var model = Model(network: network, using: &generator)
        let shape = network.inputShape
        let input = randomTensor([2, shape.channels, shape.height, shape.width], seed: 5)
        for _ in 0..<3 { _ = model.forward(input, mode: .training) }
        let reference = model.predict(input)
        let fused = model.fusedForInference()
        #expect(fused.network.layers.contains { if case .batchNorm = $0.operation { true } else { false } } == false)
        let fusedActivations = fused.kernels.filter {
            $0 is FusedActivationKernel || ($0 as? Conv2DKernel)?.fusedActivation != nil
                || ($0 as? DepthwiseConv2DKernel)?.fusedActivation != nil
        }
        #expect(!fusedActivations.isEmpty)
        for candidate in [model.foldingBatchNorm().predict(input), fused.predict(input)] {
            let worst = zip(candidate.scalars, reference.scalars).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(worst < 1e-4, "\(name): largest relative difference \(worst)")
        }
    }
}
