import NetworkIR

/// Concatenation along channels of inputs with equal height and width.
///
/// Per batch item the output is the inputs' `C_i·H·W` blocks one after another; backward
/// slices the output gradient back into the same blocks.
struct ConcatKernel: LayerKernel {
    /// Elements per batch item of each input.
    let blocks: [Int]
    /// Elements per batch item of the output.
    let outputItem: Int
    let outputItemShape: [Int]

    init(inputs: [TensorShape]) {
        blocks = inputs.map(\.elementCount)
        outputItem = blocks.reduce(0, +)
        outputItemShape = [inputs.map(\.channels).reduce(0, +), inputs[0].height, inputs[0].width]
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let n = inputs[0].batch
        var y = Tensor(zeros: [n] + outputItemShape)
        var offset = 0
        for (k, x) in inputs.enumerated() {
            let block = blocks[k], start = offset, total = outputItem
            x.withSharedScalars { xp in
                y.withMutableSharedScalars { yp in
                    parallelFor(n, costPerItem: block) { items in
                        for b in items {
                            yp.advanced(by: b * total + start).update(from: xp.advanced(by: b * block), count: block)
                        }
                    }
                }
            }
            offset += block
        }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        let n = dy.batch
        var grads: [Tensor] = []
        var offset = 0
        for (k, x) in inputs.enumerated() {
            var dx = Tensor(zeros: x.shape)
            let block = blocks[k], start = offset, total = outputItem
            dy.withSharedScalars { gp in
                dx.withMutableSharedScalars { dp in
                    parallelFor(n, costPerItem: block) { items in
                        for b in items {
                            dp.advanced(by: b * block).update(from: gp.advanced(by: b * total + start), count: block)
                        }
                    }
                }
            }
            grads.append(dx)
            offset += block
        }
        return KernelGradients(inputs: grads)
    }
}
