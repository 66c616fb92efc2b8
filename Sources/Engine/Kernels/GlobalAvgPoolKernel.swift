import NetworkIR

// STUB: replaced by the kernel implementation.
struct GlobalAvgPoolKernel: LayerKernel {
    init(input: TensorShape) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("GlobalAvgPoolKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("GlobalAvgPoolKernel not implemented")
    }
}
