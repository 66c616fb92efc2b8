/// Which optimiser to train with and its hyper-parameters, as a Codable value for configuration
/// files and command lines.
///
/// JSON form: `{"sgd": {"momentum": 0.9, "nesterov": true, "weightDecay": 0.0005}}` or
/// `{"adamW": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "weightDecay": 0.05}}`.
public enum OptimizerConfiguration: Sendable, Equatable, Codable {
    /// `SGD`: momentum in [0, 1), Nesterov needs momentum > 0, coupled L2 weight decay ≥ 0.
    case sgd(momentum: Float, nesterov: Bool, weightDecay: Float)
    /// `AdamW`: betas in [0, 1), epsilon > 0, decoupled weight decay ≥ 0.
    case adamW(beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float)

    /// SGD with Nesterov momentum 0.9 and weight decay 5·10⁻⁴, the usual CNN recipe.
    public static let sgdNesterov = OptimizerConfiguration.sgd(momentum: 0.9, nesterov: true, weightDecay: 5e-4)
    /// AdamW with PyTorch's defaults.
    public static let adamWDefault = OptimizerConfiguration.adamW(
        beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.01)

    /// The problem with these hyper-parameters as `(field, expected form)`, or nil when valid.
    public var invalidField: (field: String, expected: String)? {
        switch self {
        case .sgd(let momentum, let nesterov, let weightDecay):
            if !(momentum >= 0 && momentum < 1) { return ("sgd.momentum", "a number in [0, 1), found \(momentum)") }
            if nesterov && momentum == 0 { return ("sgd.nesterov", "false when momentum is 0") }
            if !(weightDecay >= 0 && weightDecay.isFinite) {
                return ("sgd.weightDecay", "a finite number ≥ 0, found \(weightDecay)")
            }
        case .adamW(let beta1, let beta2, let epsilon, let weightDecay):
            if !(beta1 >= 0 && beta1 < 1) { return ("adamW.beta1", "a number in [0, 1), found \(beta1)") }
            if !(beta2 >= 0 && beta2 < 1) { return ("adamW.beta2", "a number in [0, 1), found \(beta2)") }
            if !(epsilon > 0 && epsilon.isFinite) { return ("adamW.epsilon", "a finite number > 0, found \(epsilon)") }
            if !(weightDecay >= 0 && weightDecay.isFinite) {
                return ("adamW.weightDecay", "a finite number ≥ 0, found \(weightDecay)")
            }
        }
        return nil
    }

    /// A fresh optimiser (no state yet). The hyper-parameters must be valid (`invalidField == nil`).
    public func makeOptimizer() -> any Optimizer {
        switch self {
        case .sgd(let momentum, let nesterov, let weightDecay):
            SGD(momentum: momentum, nesterov: nesterov, weightDecay: weightDecay)
        case .adamW(let beta1, let beta2, let epsilon, let weightDecay):
            AdamW(beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay)
        }
    }
}
