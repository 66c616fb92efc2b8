import Engine
import NetworkIR

/// Per-layer kernel times of a batch-1 inference pass, timed inside the pass: the layers run in
/// order as `Model.forward` runs them in inference mode (each output released after its last
/// reader), and each kernel call is timed on its own; `statistic` over `rounds` passes, after
/// one warm-up pass.
public enum LayerTimes {
    /// - Complexity: `rounds + 1` forward passes.
    public static func seconds(of model: Model, input: Tensor, clock: TimingClock, statistic: TimingStatistic,
                               rounds: Int) -> [Double] {
        let network = model.network
        var samples = [[Double]](repeating: [], count: network.layers.count)
        for round in 0...rounds {
            var outputs = [Tensor](repeating: Tensor(zeros: [0]), count: network.layers.count)
            var uses = [Int](repeating: 0, count: network.layers.count)
            for sources in network.inputIndices { for j in sources where j >= 0 { uses[j] += 1 } }
            var buffers = model.buffers
            for i in network.layers.indices {
                let inputs = model.kernelInputIndices(of: i).map { $0 < 0 ? input : outputs[$0] }
                let kernel = model.kernels[i], parameters = model.parameters[i]
                var result: Tensor?
                let seconds = clock.seconds {
                    result = kernel.forward(inputs: inputs, parameters: parameters, buffers: &buffers[i], mode: .inference).output
                }
                if round > 0 { samples[i].append(seconds) }
                outputs[i] = result!
                for j in network.inputIndices[i] where j >= 0 {
                    uses[j] -= 1
                    if uses[j] == 0 { outputs[j] = Tensor(zeros: [0]) }
                }
            }
        }
        return samples.map(statistic.summarise)
    }
}
