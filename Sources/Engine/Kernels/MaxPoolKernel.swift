import NetworkIR

// STUB: replaced by the kernel implementation.
struct MaxPoolKernel: LayerKernel {
    init(pool: Pool2D, input: TensorShape, output: TensorShape) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("MaxPoolKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("MaxPoolKernel not implemented")
    }
}
