import NetworkIR

// STUB: replaced by the kernel implementation.
struct Conv2DKernel: LayerKernel {
    init(conv: Conv2D, input: TensorShape, output: TensorShape) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("Conv2DKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("Conv2DKernel not implemented")
    }
}
