import NetworkIR

/// Everything a training-mode forward pass keeps for `Model.backward`.
public struct ForwardTape: Sendable {
    public var input: Tensor
    /// Output of every executed layer (empty tensors for layers past `stopIndex` and, in inference
    /// mode, for outputs already released).
    public var outputs: [Tensor]
    public var saved: [SavedTensors]
    /// The last layer executed.
    public var stopIndex: Int
}

extension Model {
    /// Runs the network on `input` (`[batch, C, H, W]`) in inference mode and returns the output
    /// layer's result.
    public func predict(_ input: Tensor) -> Tensor {
        var copy = self
        return copy.forward(input, mode: .inference, upTo: network.outputIndex).outputs[network.outputIndex]
    }

    /// Logits (the output, or the input of a final softmax) in inference mode.
    public func logits(_ input: Tensor) -> Tensor {
        var copy = self
        let stop = logitsIndex
        return copy.forward(input, mode: .inference, upTo: stop).outputs[stop]
    }

    /// Runs layers `0...upTo` in order. In training mode BN buffers are updated and each kernel's
    /// saved tensors are kept for the backward pass. In inference mode every output but the stop
    /// layer's is released (left empty) as soon as its last reader among `0...upTo` has run, or
    /// at once if none reads it.
    ///
    /// - Complexity: one kernel call per layer; O(layers) tensors are retained.
    public mutating func forward(_ input: Tensor, mode: ExecutionMode, upTo stop: Int? = nil) -> ForwardTape {
        let last = stop ?? network.outputIndex
        let expected = [input.batch, network.inputShape.channels, network.inputShape.height,
                        network.inputShape.width]
        precondition(input.shape == expected, "Model.forward: input shape \(input.shape), network expects \(expected)")
        var outputs = [Tensor](repeating: Tensor(zeros: [0]), count: network.layers.count)
        var saved = [SavedTensors](repeating: SavedTensors(), count: network.layers.count)
        var uses = network.consumerCounts(upTo: last)
        for i in 0...last {
            var inputs = network.inputIndices[i].map { $0 < 0 ? input : outputs[$0] }
            // kernelInputIndices(of: i), without building its array on every layer.
            if let source = fusedAddendSources[i] { inputs.append(source < 0 ? input : outputs[source]) }
            let result = kernels[i].forward(
                inputs: inputs, parameters: parameters[i], buffers: &buffers[i], mode: mode)
            outputs[i] = result.output
            if mode == .training {
                saved[i] = result.saved
            } else {
                for j in network.inputIndices[i] where j >= 0 {
                    uses[j] -= 1
                    if uses[j] == 0 && j != last { outputs[j] = Tensor(zeros: [0]) }
                }
                if uses[i] == 0 && i != last { outputs[i] = Tensor(zeros: [0]) }
            }
        }
        return ForwardTape(input: input, outputs: outputs, saved: saved, stopIndex: last)
    }
}

extension NetworkIR.Network {
    /// How many layers among `0...last` read each layer's output.
    func consumerCounts(upTo last: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: layers.count)
        for i in 0...last {
            for j in inputIndices[i] where j >= 0 { counts[j] += 1 }
        }
        return counts
    }
}
