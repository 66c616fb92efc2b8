/// Parameter gradients aligned with `Model.parameters`.
public typealias ParameterGradients = [[Tensor]]

extension Model {
    /// Back-propagates `outputGradient` (the gradient of the loss with respect to the output of
    /// `tape.stopIndex`) through the recorded forward pass.
    ///
    /// Gradients of layers read by several consumers are summed; layers that do not reach the
    /// stop layer get zero parameter gradients.
    ///
    /// - Returns: parameter gradients and the gradient with respect to the network input.
    /// - Complexity: one kernel backward call per layer that reaches the stop layer.
    public func backward(tape: ForwardTape, outputGradient: Tensor) -> (parameters: ParameterGradients, input: Tensor) {
        let stop = tape.stopIndex
        precondition(outputGradient.shape == tape.outputs[stop].shape,
                     "Model.backward: gradient shape \(outputGradient.shape) vs output \(tape.outputs[stop].shape)")
        var gradients = [Tensor?](repeating: nil, count: network.layers.count)
        gradients[stop] = outputGradient
        var inputGradient = Tensor(zeros: tape.input.shape)
        var parameterGradients: ParameterGradients = parameters.map { $0.map { Tensor(zeros: $0.shape) } }
        for i in stride(from: stop, through: 0, by: -1) {
            guard let gradient = gradients[i] else { continue }
            gradients[i] = nil
            let sources = network.inputIndices[i]
            let inputs = sources.map { $0 < 0 ? tape.input : tape.outputs[$0] }
            let result = kernels[i].backward(
                outputGradient: gradient, inputs: inputs, output: tape.outputs[i],
                parameters: parameters[i], saved: tape.saved[i])
            if !result.parameters.isEmpty { parameterGradients[i] = result.parameters }
            for (k, j) in sources.enumerated() {
                if j < 0 {
                    inputGradient.add(result.inputs[k])
                } else if gradients[j] == nil {
                    gradients[j] = result.inputs[k]
                } else {
                    gradients[j]!.add(result.inputs[k])
                }
            }
        }
        return (parameterGradients, inputGradient)
    }
}
