/// Inference fusion: outputs one of its inputs unchanged (in any mode; it has no backward pass). It replaces an add that
/// `Model.fusedForInference()` ran inside the convolution producing input `position`, whose
/// output already is the sum.
struct ForwardedInputKernel: LayerKernel {
    let position: Int

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        return (inputs[position], SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        preconditionFailure("ForwardedInputKernel is for inference only; train the unfused model")
    }
}
