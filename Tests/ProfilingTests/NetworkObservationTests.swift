import NetworkIR
import Profiling
import Testing

/// A pass's unexplained time subtracts the executed kernels only, so that folded layers' steps
/// count toward the per-layer overhead.
@Suite struct NetworkObservationTests {
    @Test func foldedLayersAreNotSubtracted() throws {
        let network = try Network(name: "n", inputShape: TensorShape(channels: 3, height: 8, width: 8), layers: [
            Layer(name: "conv", operation: .conv2d(Conv2D(outChannels: 4, kernel: 3)), inputs: [Network.inputName]),
            Layer(name: "bn", operation: .batchNorm(epsilon: 1e-5), inputs: ["conv"]),
            Layer(name: "relu", operation: .activation(.relu), inputs: ["bn"]),
            Layer(name: "pool", operation: .maxPool(Pool2D(kernel: 2, stride: 2)), inputs: ["relu"]),
        ])
        let executed = KernelConfiguration.executed(in: network).map { $0 != nil }
        #expect(executed == [true, false, false, true])
        let observation = KernelMeasurer.NetworkObservation(network: network, layerSeconds: [8, 0.5, 0.5, 2], passSeconds: 13)
        #expect(observation.kernels.map(\.seconds) == [8, 2])
        #expect(observation.kernels[0].configuration.fusedActivation == .relu)
        #expect(observation.unexplainedSeconds == 3)
        #expect(observation.layerCount == 4)
    }
}
