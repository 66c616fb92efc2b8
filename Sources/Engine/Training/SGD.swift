/// Stochastic gradient descent with heavy-ball or Nesterov momentum and coupled L2 weight decay,
/// with PyTorch's `torch.optim.SGD` semantics (dampening 0).
///
/// For each parameter `p` with gradient `g`, momentum `μ`, weight decay `λ` and learning rate `η`:
///
///     d = g + λ·p                 (λ only where the spec decays)
///     b = d              on the first step,   b = μ·b + d   afterwards
///     d = d + μ·b        (Nesterov)           d = b         (heavy ball)
///     p = p − η·d
///
/// The Nesterov form is the reformulation of Sutskever et al. 2013, "On the importance of
/// initialization and momentum in deep learning" (ICML), that PyTorch uses. With `μ = 0` this is
/// plain SGD.
public struct SGD: Optimizer {
    public var momentum: Float
    public var nesterov: Bool
    /// L2 penalty coefficient λ added to the gradient (coupled weight decay).
    public var weightDecay: Float
    /// Momentum buffers `b`, aligned with the parameters; empty before the first step.
    public private(set) var velocity: [[Tensor]] = []

    public init(momentum: Float = 0.9, nesterov: Bool = false, weightDecay: Float = 0) {
        precondition(momentum >= 0 && momentum < 1, "SGD: momentum must be in [0, 1), got \(momentum)")
        precondition(!nesterov || momentum > 0, "SGD: Nesterov momentum needs momentum > 0")
        precondition(weightDecay >= 0, "SGD: weight decay must be non-negative, got \(weightDecay)")
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
    }

    /// - Complexity: O(number of parameter scalars).
    public mutating func step(
        parameters: inout [[Tensor]], gradients: ParameterGradients, specs: [[ParameterSpec]],
        learningRate: Float
    ) {
        checkAlignment(parameters, gradients, specs)
        let first = velocity.isEmpty
        if first { velocity = zerosLike(parameters) }
        let (mu, nesterov) = (momentum, nesterov)
        for i in parameters.indices {
            for j in parameters[i].indices {
                let lambda = specs[i][j].decays ? weightDecay : 0
                parameters[i][j].scalars.withUnsafeMutableBufferPointer { p in
                    gradients[i][j].scalars.withUnsafeBufferPointer { g in
                        velocity[i][j].scalars.withUnsafeMutableBufferPointer { b in
                            for k in 0..<p.count {
                                var d = g[k] + lambda * p[k]
                                if mu > 0 {
                                    b[k] = first ? d : mu * b[k] + d
                                    d = nesterov ? d + mu * b[k] : b[k]
                                }
                                p[k] -= learningRate * d
                            }
                        }
                    }
                }
            }
        }
    }
}
