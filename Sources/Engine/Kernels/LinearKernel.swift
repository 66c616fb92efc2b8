import Platform

/// Fully connected layer `y = x Wᵀ + b` on `[N, inFeatures, 1, 1]`, as one `cblas_sgemm`.
///
/// Weight layout `[outFeatures, inFeatures]` (PyTorch). Backward: `dX = dY W`, `dW = dYᵀ X`,
/// `db = Σₙ dY`.
struct LinearKernel: LayerKernel {
    let inFeatures: Int
    let outFeatures: Int
    let hasBias: Bool

    var parameterSpecs: [ParameterSpec] {
        var specs = [ParameterSpec(
            name: "weight", shape: [outFeatures, inFeatures],
            initialization: .kaimingNormal(fanIn: inFeatures), decays: true)]
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
        BLAS.sgemm(
            transposeB: true, m: n, n: outFeatures, k: inFeatures,
            a: x.scalars, b: parameters[0].scalars, beta: hasBias ? 1 : 0, c: &y.scalars)
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        let x = inputs[0]
        let n = x.batch
        var dx = Tensor(zeros: x.shape)
        BLAS.sgemm(m: n, n: inFeatures, k: outFeatures, a: dy.scalars, b: parameters[0].scalars, c: &dx.scalars)
        var dw = Tensor(zeros: [outFeatures, inFeatures])
        BLAS.sgemm(transposeA: true, m: outFeatures, n: inFeatures, k: n, a: dy.scalars, b: x.scalars, c: &dw.scalars)
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
