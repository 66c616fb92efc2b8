/// Gradient clipping by global L2 norm (Pascanu et al. 2013, "On the difficulty of training
/// recurrent neural networks"), with PyTorch's `clip_grad_norm_` semantics.
///
/// The norm is taken over all gradient scalars together, `‖g‖ = √(Σ gᵢ²)` accumulated in Double.
/// When it exceeds `maximumNorm` every gradient is multiplied by `maximumNorm / (‖g‖ + 10⁻⁶)`,
/// which keeps the direction and bounds the step.
public struct GradientClipping: Sendable, Equatable, Codable {
    public var maximumNorm: Float

    public init(maximumNorm: Float) {
        precondition(maximumNorm > 0, "gradient clipping: maximum norm must be positive, got \(maximumNorm)")
        self.maximumNorm = maximumNorm
    }

    /// Global L2 norm of `gradients` (infinite or NaN if any scalar is).
    ///
    /// - Complexity: O(number of gradient scalars).
    public static func globalNorm(_ gradients: ParameterGradients) -> Double {
        var sum = 0.0
        for layer in gradients {
            for tensor in layer {
                tensor.scalars.withUnsafeBufferPointer { g in
                    for x in g { sum += Double(x) * Double(x) }
                }
            }
        }
        return sum.squareRoot()
    }

    /// Scales `gradients` down to `maximumNorm` if their global norm exceeds it.
    ///
    /// Non-finite gradients are left unchanged so that the caller can detect them.
    /// - Returns: the global norm before clipping.
    /// - Complexity: O(number of gradient scalars).
    @discardableResult
    public func apply(to gradients: inout ParameterGradients) -> Double {
        let norm = Self.globalNorm(gradients)
        guard norm.isFinite else { return norm }
        let scale = Double(maximumNorm) / (norm + 1e-6)
        guard scale < 1 else { return norm }
        let factor = Float(scale)
        for i in gradients.indices {
            for j in gradients[i].indices {
                gradients[i][j].scalars.withUnsafeMutableBufferPointer { g in
                    for k in 0..<g.count { g[k] *= factor }
                }
            }
        }
        return norm
    }
}
