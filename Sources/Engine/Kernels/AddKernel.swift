/// Element-wise sum of two or more inputs of one shape; each input receives the output gradient.
struct AddKernel: LayerKernel {
    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        var y = Tensor(uninitialized: inputs[0].shape)
        inputs[0].scalars.withUnsafeBufferPointer { a in
            inputs[1].scalars.withUnsafeBufferPointer { b in
                y.scalars.withUnsafeMutableBufferPointer { out in
                    let (ap, bp, op) = (SharedPointer(UnsafeMutablePointer(mutating: a.baseAddress!)),
                                        SharedPointer(UnsafeMutablePointer(mutating: b.baseAddress!)),
                                        SharedPointer(out.baseAddress!))
                    parallelFor(out.count) { range in
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
