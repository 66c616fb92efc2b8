import NetworkIR
import Platform

/// Squeeze-and-excitation (Hu et al., "Squeeze-and-Excitation Networks", CVPR 2018,
/// Section 3): with `s` the channel means of x (`[N, C]`),
/// `z = s W₁ᵀ + b₁` (`[N, S]`), `a = ReLU(z)`, `u = a W₂ᵀ + b₂` (`[N, C]`), `g = gate(u)` and
/// `y[n, c, h, w] = x[n, c, h, w] · g[n, c]`. W₁ is "reduce.weight" `[S, C]`, W₂
/// "expand.weight" `[C, S]`, as PyTorch's 1×1 convolutions (or linear layers) store them.
///
/// Backward: `dg = Σ_hw dy ⊙ x`, `du = dg ⊙ gate′(u)`, `dW₂ = duᵀ a`, `db₂ = Σ_n du`,
/// `dz = (du W₂) ⊙ 1[z > 0]`, `dW₁ = dzᵀ s`, `db₁ = Σ_n dz`, and
/// `dx = dy ⊙ g + (dz W₁) / (H·W)` broadcast over each plane. Training mode saves `[s, z, u]`;
/// without them backward recomputes them from the input.
struct SqueezeExciteKernel: LayerKernel {
    let channels: Int
    let squeeze: Int
    let plane: Int
    let gate: Activation

    init(squeezeExcite: SqueezeExcite, input: TensorShape) {
        channels = input.channels
        squeeze = squeezeExcite.squeezeChannels
        plane = input.height * input.width
        gate = squeezeExcite.gate
    }

    /// Linear-layer initialisation: He-normal for the reduction, which a ReLU follows, and
    /// Glorot-uniform for the expansion into the gate; biases as PyTorch's default.
    var parameterSpecs: [ParameterSpec] {
        [ParameterSpec(name: "reduce.weight", shape: [squeeze, channels],
                       initialization: .kaimingNormal(fanIn: channels), decays: true),
         ParameterSpec(name: "reduce.bias", shape: [squeeze],
                       initialization: .uniformFanIn(fanIn: channels), decays: false),
         ParameterSpec(name: "expand.weight", shape: [channels, squeeze],
                       initialization: .xavierUniform(fanIn: squeeze, fanOut: channels), decays: true),
         ParameterSpec(name: "expand.bias", shape: [channels],
                       initialization: .uniformFanIn(fanIn: squeeze), decays: false)]
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        let excitation = excite(x, parameters)
        let gates = Tensor(shape: [x.batch, channels], scalars: excitation.u.scalars.map { ActivationKernel.value(gate, $0) })
        var y = Tensor(zeros: x.shape)
        let plane = plane
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                gates.withSharedScalars { gp in
                    parallelFor(gates.count, costPerItem: plane) { planes in
                        for p in planes {
                            let g = gp[p], xs = xp.advanced(by: p * plane), ys = yp.advanced(by: p * plane)
                            for i in 0..<plane { ys[i] = xs[i] * g }
                        }
                    }
                }
            }
        }
        let saved = mode == .training
            ? SavedTensors(tensors: [excitation.s, excitation.z, excitation.u]) : SavedTensors()
        return (y, saved)
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        let x = inputs[0]
        let n = x.batch, c = channels, sq = squeeze, plane = plane, f = gate
        let (s, z, u) = saved.tensors.count == 3
            ? (saved.tensors[0], saved.tensors[1], saved.tensors[2]) : excite(x, parameters)

        var dg = Tensor(zeros: [n, c])
        x.withSharedScalars { xp in
            dy.withSharedScalars { gp in
                dg.withMutableSharedScalars { dp in
                    parallelFor(n * c, costPerItem: plane) { planes in
                        for p in planes {
                            let xs = xp.advanced(by: p * plane), gs = gp.advanced(by: p * plane)
                            var sum: Float = 0
                            for i in 0..<plane { sum += xs[i] * gs[i] }
                            dp[p] = sum
                        }
                    }
                }
            }
        }
        var du = dg
        for i in 0..<du.count { du.scalars[i] *= ActivationKernel.derivative(f, u.scalars[i]) }
        let a = z.scalars.map { max($0, 0) }

        var dW2 = Tensor(zeros: [c, sq])
        BLAS.sgemm(transposeA: true, m: c, n: sq, k: n, a: du.scalars, b: a, c: &dW2.scalars)
        let db2 = Self.columnSums(du.scalars, rows: n, columns: c)
        var dz = [Float](repeating: 0, count: n * sq)
        BLAS.sgemm(m: n, n: sq, k: c, a: du.scalars, b: parameters[2].scalars, c: &dz)
        for i in 0..<dz.count where z.scalars[i] <= 0 { dz[i] = 0 }
        var dW1 = Tensor(zeros: [sq, c])
        BLAS.sgemm(transposeA: true, m: sq, n: c, k: n, a: dz, b: s.scalars, c: &dW1.scalars)
        let db1 = Self.columnSums(dz, rows: n, columns: sq)
        var ds = [Float](repeating: 0, count: n * c)
        BLAS.sgemm(m: n, n: c, k: sq, alpha: 1 / Float(plane), a: dz, b: parameters[0].scalars, c: &ds)

        let gates = Tensor(shape: [n, c], scalars: u.scalars.map { ActivationKernel.value(f, $0) })
        let spread = Tensor(shape: [n, c], scalars: ds)
        var dx = Tensor(zeros: x.shape)
        dy.withSharedScalars { gp in
            dx.withMutableSharedScalars { dp in
                gates.withSharedScalars { gatep in
                    spread.withSharedScalars { sp in
                        parallelFor(n * c, costPerItem: plane) { planes in
                            for p in planes {
                                let g = gatep[p], extra = sp[p]
                                let gs = gp.advanced(by: p * plane), ds = dp.advanced(by: p * plane)
                                for i in 0..<plane { ds[i] = gs[i] * g + extra }
                            }
                        }
                    }
                }
            }
        }
        return KernelGradients(
            inputs: [dx],
            parameters: [dW1, Tensor(shape: [sq], scalars: db1), dW2, Tensor(shape: [c], scalars: db2)])
    }

    /// Channel means `s` `[N, C]`, reduction pre-activations `z` `[N, S]` and gate
    /// pre-activations `u` `[N, C]`.
    private func excite(_ x: Tensor, _ parameters: [Tensor]) -> (s: Tensor, z: Tensor, u: Tensor) {
        let n = x.batch, c = channels, sq = squeeze, plane = plane
        var s = Tensor(zeros: [n, c])
        let scale = 1 / Float(plane)
        x.withSharedScalars { xp in
            s.withMutableSharedScalars { sp in
                parallelFor(n * c, costPerItem: plane) { planes in
                    for p in planes {
                        let xs = xp.advanced(by: p * plane)
                        var sum: Float = 0
                        for i in 0..<plane { sum += xs[i] }
                        sp[p] = sum * scale
                    }
                }
            }
        }
        var z = Tensor(shape: [n, sq], scalars: Self.repeatedRows(parameters[1].scalars, rows: n))
        BLAS.sgemm(transposeB: true, m: n, n: sq, k: c, a: s.scalars, b: parameters[0].scalars, beta: 1, c: &z.scalars)
        let a = z.scalars.map { max($0, 0) }
        var u = Tensor(shape: [n, c], scalars: Self.repeatedRows(parameters[3].scalars, rows: n))
        BLAS.sgemm(transposeB: true, m: n, n: c, k: sq, a: a, b: parameters[2].scalars, beta: 1, c: &u.scalars)
        return (s, z, u)
    }

    private static func repeatedRows(_ row: [Float], rows: Int) -> [Float] {
        var result: [Float] = []
        result.reserveCapacity(row.count * rows)
        for _ in 0..<rows { result.append(contentsOf: row) }
        return result
    }

    private static func columnSums(_ matrix: [Float], rows: Int, columns: Int) -> [Float] {
        var sums = [Float](repeating: 0, count: columns)
        for r in 0..<rows {
            for j in 0..<columns { sums[j] += matrix[r * columns + j] }
        }
        return sums
    }
}
