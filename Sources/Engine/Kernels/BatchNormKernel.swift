import NetworkIR

/// Batch normalisation over channels (Ioffe & Szegedy, "Batch Normalization: Accelerating Deep
/// Network Training by Reducing Internal Covariate Shift", ICML 2015, Algorithms 1 and 2), with
/// PyTorch's `BatchNorm2d` conventions; vectors `[N, F, 1, 1]` are normalised per feature.
///
/// For channel c with M = N·H·W values, `x̂ = (x − μ) / √(σ² + ε)` and `y = γ x̂ + β`.
/// Training mode uses the batch mean μ and the biased batch variance σ², and updates the
/// buffers with momentum 0.1: `running_mean ← 0.9 running_mean + 0.1 μ`,
/// `running_var ← 0.9 running_var + 0.1 σ² M/(M − 1)` (unbiased; left unchanged when M = 1,
/// where it is undefined). Inference mode uses the running statistics.
///
/// Backward, with `Σ` over the channel's M values: `dβ = Σ dy`, `dγ = Σ dy x̂`. With batch
/// statistics μ and σ² depend on x, giving
/// `dx = γ/√(σ² + ε) · (dy − dβ/M − x̂ dγ/M)` (Ioffe & Szegedy, Section 3); with the fixed
/// running statistics, `dx = γ/√(σ² + ε) · dy`.
///
/// Every forward pass saves the statistics it normalised with, `[μ, 1/√(σ² + ε)]` as
/// `SavedTensors.tensors` (2·C scalars), and whether they were batch statistics as
/// `SavedTensors.indices` (`[1]` or `[0]`); backward recomputes x̂ from the input.
struct BatchNormKernel: LayerKernel {
    let channels: Int
    let epsilon: Float
    static let momentum: Float = 0.1

    init(channels: Int, epsilon: Float) {
        self.channels = channels
        self.epsilon = epsilon
    }

    var parameterSpecs: [ParameterSpec] {
        [ParameterSpec(name: "weight", shape: [channels], initialization: .constant(1), decays: false),
         ParameterSpec(name: "bias", shape: [channels], initialization: .constant(0), decays: false)]
    }

    var bufferSpecs: [ParameterSpec] {
        [ParameterSpec(name: "running_mean", shape: [channels], initialization: .constant(0), decays: false),
         ParameterSpec(name: "running_var", shape: [channels], initialization: .constant(1), decays: false)]
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        let n = x.batch, c = channels, plane = x.itemCount / max(c, 1)
        let count = n * plane
        var mean = Tensor(zeros: [c])
        var invStd = Tensor(zeros: [c])
        if mode == .training {
            var variance = Tensor(zeros: [c])
            x.withSharedScalars { xp in
                mean.withMutableSharedScalars { mp in
                    variance.withMutableSharedScalars { vp in
                        parallelFor(c, costPerItem: 2 * count) { range in
                            for ch in range {
                                var sum = 0.0
                                for b in 0..<n {
                                    let xs = xp.advanced(by: (b * c + ch) * plane)
                                    sum += Double(VectorReductions.sum(xs, count: plane))
                                }
                                let mu = Float(sum / Double(max(count, 1)))
                                var squares = 0.0
                                for b in 0..<n {
                                    let xs = xp.advanced(by: (b * c + ch) * plane)
                                    squares += Double(VectorReductions.squaredDeviations(xs, count: plane, center: mu))
                                }
                                mp[ch] = mu
                                vp[ch] = Float(squares / Double(max(count, 1)))
                            }
                        }
                    }
                }
            }
            let m = Self.momentum
            for ch in 0..<c {
                invStd.scalars[ch] = 1 / (variance.scalars[ch] + epsilon).squareRoot()
                buffers[0].scalars[ch] = (1 - m) * buffers[0].scalars[ch] + m * mean.scalars[ch]
                if count > 1 {
                    let unbiased = variance.scalars[ch] * Float(count) / Float(count - 1)
                    buffers[1].scalars[ch] = (1 - m) * buffers[1].scalars[ch] + m * unbiased
                }
            }
        } else {
            mean = buffers[0]
            for ch in 0..<c { invStd.scalars[ch] = 1 / (buffers[1].scalars[ch] + epsilon).squareRoot() }
        }

        var y = Tensor(uninitialized: x.shape)
        let gamma = parameters[0], beta = parameters[1]
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                mean.withSharedScalars { mp in
                    invStd.withSharedScalars { sp in
                        gamma.withSharedScalars { gp in
                            beta.withSharedScalars { bp in
                                parallelFor(n * c, costPerItem: plane) { planes in
                                    for p in planes {
                                        let ch = p % c
                                        let scale = gp[ch] * sp[ch]
                                        let shift = bp[ch] - mp[ch] * scale
                                        let xs = xp.advanced(by: p * plane)
                                        let ys = yp.advanced(by: p * plane)
                                        for i in 0..<plane { ys[i] = xs[i] * scale + shift }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (y, SavedTensors(tensors: [mean, invStd], indices: [mode == .training ? 1 : 0]))
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        precondition(saved.tensors.count == 2 && saved.indices.count == 1,
                     "BatchNormKernel.backward needs the statistics its forward pass saved")
        let x = inputs[0]
        let n = x.batch, c = channels, plane = x.itemCount / max(c, 1)
        let count = Float(n * plane)
        let batchStatistics = saved.indices[0] == 1
        let mean = saved.tensors[0], invStd = saved.tensors[1], gamma = parameters[0]
        var dx = Tensor(uninitialized: x.shape)
        var dGamma = Tensor(zeros: [c])
        var dBeta = Tensor(zeros: [c])
        x.withSharedScalars { xp in
            dy.withSharedScalars { gp in
                dx.withMutableSharedScalars { dp in
                    dGamma.withMutableSharedScalars { dgp in
                        dBeta.withMutableSharedScalars { dbp in
                            parallelFor(c, costPerItem: 3 * n * plane) { range in
                                for ch in range {
                                    let mu = mean.scalars[ch], s = invStd.scalars[ch]
                                    var sumDy = 0.0, sumDyXHat = 0.0
                                    for b in 0..<n {
                                        let xs = xp.advanced(by: (b * c + ch) * plane)
                                        let gs = gp.advanced(by: (b * c + ch) * plane)
                                        let (a, d) = VectorReductions.sumAndCenteredDot(gs, xs, count: plane, center: mu)
                                        sumDy += Double(a)
                                        sumDyXHat += Double(d)
                                    }
                                    sumDyXHat *= Double(s)
                                    dgp[ch] = Float(sumDyXHat)
                                    dbp[ch] = Float(sumDy)
                                    let scale = gamma.scalars[ch] * s
                                    let meanDy = batchStatistics ? Float(sumDy) / count : 0
                                    let meanDyXHat = batchStatistics ? Float(sumDyXHat) / count : 0
                                    for b in 0..<n {
                                        let xs = xp.advanced(by: (b * c + ch) * plane)
                                        let gs = gp.advanced(by: (b * c + ch) * plane)
                                        let ds = dp.advanced(by: (b * c + ch) * plane)
                                        for i in 0..<plane {
                                            let xHat = (xs[i] - mu) * s
                                            ds[i] = scale * (gs[i] - meanDy - xHat * meanDyXHat)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return KernelGradients(inputs: [dx], parameters: [dGamma, dBeta])
    }
}
