import Foundation

/// Adam with decoupled weight decay (Loshchilov & Hutter 2019, "Decoupled weight decay
/// regularization", ICLR), with PyTorch's `torch.optim.AdamW` semantics.
///
/// For each parameter `p` with gradient `g` at step `t` (1-based), learning rate `η` and weight
/// decay `λ`:
///
///     p = p·(1 − η·λ)                         (λ only where the spec decays)
///     m = β₁·m + (1 − β₁)·g
///     v = β₂·v + (1 − β₂)·g²
///     p = p − η/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// The decay multiplies the weights directly instead of entering the gradient, so it is not
/// rescaled by the adaptive denominator (Kingma & Ba 2015 for the moment estimates and their bias
/// correction).
public struct AdamW: Optimizer {
    public var beta1: Float
    public var beta2: Float
    public var epsilon: Float
    public var weightDecay: Float
    /// Number of steps taken.
    public private(set) var stepCount = 0
    /// First-moment estimates `m`, aligned with the parameters; empty before the first step.
    public private(set) var firstMoments: [[Tensor]] = []
    /// Second-moment estimates `v`.
    public private(set) var secondMoments: [[Tensor]] = []

    public init(beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0.01) {
        precondition((0..<1).contains(beta1) && (0..<1).contains(beta2),
                     "AdamW: betas must be in [0, 1), got \(beta1), \(beta2)")
        precondition(epsilon > 0, "AdamW: epsilon must be positive, got \(epsilon)")
        precondition(weightDecay >= 0, "AdamW: weight decay must be non-negative, got \(weightDecay)")
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// - Complexity: O(number of parameter scalars).
    public mutating func step(
        parameters: inout [[Tensor]], gradients: ParameterGradients, specs: [[ParameterSpec]],
        learningRate: Float
    ) {
        checkAlignment(parameters, gradients, specs)
        if firstMoments.isEmpty {
            firstMoments = zerosLike(parameters)
            secondMoments = zerosLike(parameters)
        }
        stepCount += 1
        let t = Double(stepCount)
        let stepSize = Float(Double(learningRate) / (1 - pow(Double(beta1), t)))
        let rootCorrection2 = Float((1 - pow(Double(beta2), t)).squareRoot())
        let (b1, b2, eps) = (beta1, beta2, epsilon)
        for i in parameters.indices {
            for j in parameters[i].indices {
                let shrink = 1 - learningRate * (specs[i][j].decays ? weightDecay : 0)
                parameters[i][j].scalars.withUnsafeMutableBufferPointer { p in
                    gradients[i][j].scalars.withUnsafeBufferPointer { g in
                        firstMoments[i][j].scalars.withUnsafeMutableBufferPointer { m in
                            secondMoments[i][j].scalars.withUnsafeMutableBufferPointer { v in
                                for k in 0..<p.count {
                                    m[k] = b1 * m[k] + (1 - b1) * g[k]
                                    v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k]
                                    let denominator = v[k].squareRoot() / rootCorrection2 + eps
                                    p[k] = p[k] * shrink - stepSize * m[k] / denominator
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
