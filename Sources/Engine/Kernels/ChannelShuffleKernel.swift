import NetworkIR

// STUB: replaced by the kernel implementation.
struct ChannelShuffleKernel: LayerKernel {
    init(groups: Int, input: TensorShape) {}

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        fatalError("ChannelShuffleKernel not implemented")
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        fatalError("ChannelShuffleKernel not implemented")
    }
}
