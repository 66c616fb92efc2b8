import NetworkIR

/// Max pooling (PyTorch `MaxPool2d`, ONNX `MaxPool`) with kernel, stride and padding.
///
/// Each output is the maximum over the in-bounds cells of its window: padded cells never win.
/// Ties go to the first cell in row-major order and a NaN wins over numbers, as in PyTorch. A
/// window lying wholly in the padding, which PyTorch and ONNX reject, outputs 0.
///
/// The gradient of an output flows only to its window's argmax, `dX[argmax] += dY`. Training
/// mode saves the argmax of every output as an index into its input plane
/// (`SavedTensors.indices`, −1 for an empty window); when backward gets no saved indices it
/// recomputes them from the input.
struct MaxPoolKernel: LayerKernel {
    let windows: PoolWindows

    init(pool: Pool2D, input: TensorShape, output: TensorShape) {
        windows = PoolWindows(pool: pool, input: input, output: output)
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        var y = Tensor(zeros: windows.outputShape(batch: x.batch))
        var indices = [Int32](repeating: -1, count: mode == .training ? y.count : 0)
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                indices.withUnsafeMutableBufferPointer { ib in
                    let ip = ib.isEmpty ? nil : ib.baseAddress.map { SharedPointer($0) }
                    pool(x: xp, y: yp, argmax: ip, batch: x.batch)
                }
            }
        }
        return (y, SavedTensors(indices: indices))
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        let x = inputs[0]
        var indices = saved.indices
        if indices.count != dy.count {
            var scratch = Tensor(zeros: dy.shape)
            indices = [Int32](repeating: -1, count: dy.count)
            x.withSharedScalars { xp in
                scratch.withMutableSharedScalars { yp in
                    indices.withUnsafeMutableBufferPointer { ib in
                        pool(x: xp, y: yp, argmax: ib.baseAddress.map { SharedPointer($0) }, batch: x.batch)
                    }
                }
            }
        }
        var dx = Tensor(zeros: x.shape)
        let inPlane = windows.inputPlane, outPlane = windows.outputPlane
        dy.withSharedScalars { gp in
            dx.withMutableSharedScalars { dp in
                indices.withUnsafeBufferPointer { ib in
                    guard let base = ib.baseAddress else { return }
                    let ip = SharedPointer(UnsafeMutablePointer(mutating: base))
                    parallelFor(x.batch * windows.channels, costPerItem: outPlane) { planes in
                        for plane in planes {
                            let g = gp.advanced(by: plane * outPlane)
                            let d = dp.advanced(by: plane * inPlane)
                            let idx = ip.advanced(by: plane * outPlane)
                            for o in 0..<outPlane where idx[o] >= 0 {
                                d[Int(idx[o])] += g[o]
                            }
                        }
                    }
                }
            }
        }
        return KernelGradients(inputs: [dx])
    }

    /// Writes the window maxima to `y` and, when `argmax` is given, their plane indices.
    private func pool(x: SharedPointer<Float>, y: SharedPointer<Float>, argmax: SharedPointer<Int32>?, batch: Int) {
        let w = windows
        let inPlane = w.inputPlane, outPlane = w.outputPlane, width = w.inputWidth
        let costPerPlane = outPlane * w.kernelArea
        parallelFor(batch * w.channels, costPerItem: costPerPlane) { planes in
            for plane in planes {
                let xs = x.advanced(by: plane * inPlane)
                let ys = y.advanced(by: plane * outPlane)
                let args = argmax?.advanced(by: plane * outPlane)
                w.forEachWindow { o, rows, columns in
                    var best: Float = 0
                    var index = -1
                    if !rows.isEmpty && !columns.isEmpty {
                        index = rows.lowerBound * width + columns.lowerBound
                        best = xs[index]
                        for h in rows {
                            let row = xs + h * width
                            for c in columns {
                                let v = row[c]
                                if v > best || v.isNaN && !best.isNaN {
                                    best = v
                                    index = h * width + c
                                }
                            }
                        }
                    }
                    ys[o] = best
                    args?[o] = Int32(index)
                }
            }
        }
    }
}
