import Engine
import NetworkIR
import Randomness

/// The Engine's fixed cost per layer: batch-1 inference of a chain of identity layers on a
/// one-element input, divided by the chain's length. Every step of `Model.forward` pays it
/// (input gathering, the kernel call, releasing outputs), folded layers included.
public struct LayerOverheadBenchmark: Sendable {
    public var timing: RepeatedTiming
    public var chainLength: Int

    public init(timing: RepeatedTiming, chainLength: Int = 256) {
        self.timing = timing
        self.chainLength = chainLength
    }

    /// - Complexity: O(chainLength) per run.
    public func secondsPerLayer() throws -> Double {
        let layers = (0..<chainLength).map { i in
            Layer(name: "step\(i)", operation: .identity, inputs: [i == 0 ? Network.inputName : "step\(i - 1)"])
        }
        let network = try Network(name: "identity-chain", inputShape: TensorShape(channels: 1, height: 1, width: 1), layers: layers)
        var generator = SeededGenerator(seed: 1)
        let model = Model(network: network, using: &generator).fusedForInference()
        let input = Tensor(shape: [1, 1, 1, 1], scalars: [1])
        return timing.seconds { _ = model.predict(input) } / Double(chainLength)
    }
}
