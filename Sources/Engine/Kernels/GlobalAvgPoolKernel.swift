import NetworkIR

/// Global average pooling: `[N, C, H, W]` to `[N, C, 1, 1]`, `y = mean over H·W`.
///
/// Backward broadcasts `dY / (H·W)` over each plane.
struct GlobalAvgPoolKernel: LayerKernel {
    let channels: Int
    let plane: Int

    init(input: TensorShape) {
        channels = input.channels
        plane = input.height * input.width
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        var y = Tensor(zeros: [x.batch, channels, 1, 1])
        let plane = plane, scale = 1 / Float(plane), planes = y.count
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                parallelFor(planes, costPerItem: plane) { planes in
                    for p in planes {
                        let xs = xp.advanced(by: p * plane)
                        var sum: Float = 0
                        for i in 0..<plane { sum += xs[i] }
                        yp[p] = sum * scale
                    }
                }
            }
        }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        var dx = Tensor(zeros: inputs[0].shape)
        let plane = plane, scale = 1 / Float(plane)
        dy.withSharedScalars { gp in
            dx.withMutableSharedScalars { dp in
                parallelFor(dy.count, costPerItem: plane) { planes in
                    for p in planes {
                        let g = gp[p] * scale
                        let ds = dp.advanced(by: p * plane)
                        for i in 0..<plane { ds[i] = g }
                    }
                }
            }
        }
        return KernelGradients(inputs: [dx])
    }
}
