/// Fully connected layer `y = x Wᵀ + b` on `[N, inFeatures, 1, 1]`, as one GEMM (`parallelGEMM`).
///
/// Weight layout `[outFeatures, inFeatures]` (PyTorch), initialised as PyTorch's `nn.Linear`:
/// uniform in ±1/√inFeatures (He-normal weights gave a first-step loss near 8 on the small CNN's
/// 3,136-input dense layer). Backward: `dX = dY W`, `dW = dYᵀ X`,
/// `db = Σₙ dY`.
struct LinearKernel: LayerKernel {
    let inFeatures: Int
    let outFeatures: Int
    let hasBias: Bool

    var parameterSpecs: [ParameterSpec] {
        var specs = [ParameterSpec(
            name: "weight", shape: [outFeatures, inFeatures],
            initialization: .uniformFanIn(fanIn: inFeatures), decays: true)]
        if hasBias {
            specs.append(ParameterSpec(
                name: "bias", shape: [outFeatures], initialization: .uniformFanIn(fanIn: inFeatures),
                decays: false))
        }
        return specs
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        let n = x.batch
        var y = Tensor(zeros: [n, outFeatures, 1, 1])
        if hasBias {
            let bias = parameters[1].scalars
            y.scalars.withUnsafeMutableBufferPointer { out in
                for row in 0..<n {
                    for o in 0..<outFeatures { out[row * outFeatures + o] = bias[o] }
                }
            }
        }
        let (o, i) = (outFeatures, inFeatures)
        x.withSharedScalars { xp in
            parameters[0].withSharedScalars { wp in
                y.withMutableSharedScalars { yp in
                    parallelGEMM(transposeB: true, m: n, n: o, k: i, a: xp.base, lda: i,
                                 b: wp.base, ldb: i, beta: hasBias ? 1 : 0, c: yp.base, ldc: o)
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
        let n = x.batch
        var dx = Tensor(zeros: x.shape)
        var dw = Tensor(zeros: [outFeatures, inFeatures])
        let (o, i) = (outFeatures, inFeatures)
        dy.withSharedScalars { gp in
            parameters[0].withSharedScalars { wp in
                dx.withMutableSharedScalars { dp in
                    parallelGEMM(m: n, n: i, k: o, a: gp.base, lda: o, b: wp.base, ldb: i, c: dp.base, ldc: i)
                }
            }
            x.withSharedScalars { xp in
                dw.withMutableSharedScalars { dp in
                    parallelGEMM(transposeA: true, m: o, n: i, k: n, a: gp.base, lda: o, b: xp.base, ldb: i,
                                 c: dp.base, ldc: i)
                }
            }
        }
        var grads = [dw]
        if hasBias {
            var db = [Float](repeating: 0, count: outFeatures)
            for row in 0..<n {
                for o in 0..<outFeatures { db[o] += dy.scalars[row * outFeatures + o] }
            }
            grads.append(Tensor(shape: [outFeatures], scalars: db))
        }
        return KernelGradients(inputs: [dx], parameters: grads)
    }
}
