import NetworkIR

/// Average pooling (PyTorch `AvgPool2d`, ONNX `AveragePool`, floor mode) with kernel, stride
/// and padding.
///
/// Each output is the sum of its window's in-bounds cells divided by a divisor fixed per output
/// position: with `countIncludePad` the window's extent within the padded input, which is the
/// full kernel area because windows never leave the padded input; without it, the number of
/// in-bounds cells, so padded zeros do not dilute border averages (NAS-Bench-201's
/// `avg_pool_3x3`). A window with nothing to count outputs 0.
///
/// Backward spreads each output gradient evenly over the window's in-bounds cells:
/// `dX[h, w] += dY / divisor`.
struct AvgPoolKernel: LayerKernel {
    let windows: PoolWindows
    /// `1 / divisor` for each output position of a plane (0 for an empty window).
    let scale: [Float]

    init(pool: Pool2D, input: TensorShape, output: TensorShape) {
        let w = PoolWindows(pool: pool, input: input, output: output)
        windows = w
        var scale: [Float] = []
        scale.reserveCapacity(w.outputPlane)
        for oh in 0..<w.outputHeight {
            for ow in 0..<w.outputWidth {
                let divisor = pool.countIncludePad
                    ? w.rowPadded[oh] * w.columnPadded[ow]
                    : (w.rowEnd[oh] - w.rowStart[oh]) * (w.columnEnd[ow] - w.columnStart[ow])
                scale.append(divisor > 0 ? 1 / Float(divisor) : 0)
            }
        }
        self.scale = scale
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        var y = Tensor(zeros: windows.outputShape(batch: x.batch))
        let w = windows, scale = scale
        let inPlane = w.inputPlane, outPlane = w.outputPlane, width = w.inputWidth
        let coversPlane = outPlane == 1 && w.rowStart[0] == 0 && w.rowEnd[0] == w.inputHeight
            && w.columnStart[0] == 0 && w.columnEnd[0] == w.inputWidth
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                parallelFor(x.batch * w.channels, costPerItem: outPlane * w.kernelArea) { planes in
                    for plane in planes {
                        let xs = xp.advanced(by: plane * inPlane)
                        let ys = yp.advanced(by: plane * outPlane)
                        // One window over the whole plane (ResNet's head): a contiguous vector sum,
                        // not a loop of dependent adds (7.6 against about 1 µs for 64x8x8).
                        if coversPlane {
                            ys[0] = VectorReductions.sum(xs, count: inPlane) * scale[0]
                            continue
                        }
                        w.forEachWindow { o, rows, columns in
                            var sum: Float = 0
                            for h in rows {
                                let row = xs + h * width
                                for c in columns { sum += row[c] }
                            }
                            ys[o] = sum * scale[o]
                        }
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
        let x = inputs[0]
        var dx = Tensor(zeros: x.shape)
        let w = windows, scale = scale
        let inPlane = w.inputPlane, outPlane = w.outputPlane, width = w.inputWidth
        dy.withSharedScalars { gp in
            dx.withMutableSharedScalars { dp in
                parallelFor(x.batch * w.channels, costPerItem: outPlane * w.kernelArea) { planes in
                    for plane in planes {
                        let gs = gp.advanced(by: plane * outPlane)
                        let ds = dp.advanced(by: plane * inPlane)
                        w.forEachWindow { o, rows, columns in
                            let g = gs[o] * scale[o]
                            for h in rows {
                                let row = ds + h * width
                                for c in columns { row[c] += g }
                            }
                        }
                    }
                }
            }
        }
        return KernelGradients(inputs: [dx])
    }
}
