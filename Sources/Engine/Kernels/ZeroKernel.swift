/// NAS-Bench-201's `none` edge: outputs zeros, passes no gradient.
struct ZeroKernel: LayerKernel {
    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        (Tensor(zeros: inputs[0].shape), SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        KernelGradients(inputs: [Tensor(zeros: inputs[0].shape)])
    }
}
