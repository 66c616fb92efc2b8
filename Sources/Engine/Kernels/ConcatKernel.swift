import NetworkIR

// STUB: replaced by the kernel implementation.
struct ConcatKernel: LayerKernel {
    init(inputs: [TensorShape]) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("ConcatKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("ConcatKernel not implemented")
    }
}
