import NetworkIR

// STUB: replaced by the kernel implementation.
struct BatchNormKernel: LayerKernel {
    init(channels: Int, epsilon: Float) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("BatchNormKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("BatchNormKernel not implemented")
    }
}
