/// Element-wise sum of two or more inputs of one shape; each input receives the output gradient.
struct AddKernel: LayerKernel {
    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        var y = inputs[0]
        for x in inputs.dropFirst() { y.add(x) }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        KernelGradients(inputs: Array(repeating: dy, count: inputs.count))
    }
}
