/// Element-wise sum of two or more inputs of one shape; each input receives the output gradient.
struct AddKernel: LayerKernel {
    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        var y = Tensor(uninitialized: inputs[0].shape)
        let count = y.count
        inputs[0].withSharedScalars { ap in
            inputs[1].withSharedScalars { bp in
                y.withMutableSharedScalars { op in
                    parallelFor(count) { range in
                        for i in range { op[i] = ap[i] + bp[i] }
                    }
                }
            }
        }
        for x in inputs.dropFirst(2) { y.add(x) }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        KernelGradients(inputs: Array(repeating: dy, count: inputs.count))
    }
}
