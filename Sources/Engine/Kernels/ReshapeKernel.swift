/// Identity and flatten: the same scalars under the item shape `[C, H, W]`.
struct ReshapeKernel: LayerKernel {
    let itemShape: [Int]

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        (inputs[0].reshaped([inputs[0].batch] + itemShape), SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        KernelGradients(inputs: [dy.reshaped(inputs[0].shape)])
    }
}
