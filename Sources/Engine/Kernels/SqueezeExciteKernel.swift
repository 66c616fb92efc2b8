import NetworkIR

// STUB: replaced by the kernel implementation.
struct SqueezeExciteKernel: LayerKernel {
    init(squeezeExcite: SqueezeExcite, input: TensorShape) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("SqueezeExciteKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("SqueezeExciteKernel not implemented")
    }
}
