/// A first-order optimiser: turns parameter gradients into an in-place parameter update.
///
/// Optimisers are values that carry their own state (momentum buffers, moment estimates). The
/// state is created on the first `step` from the parameters' shapes, so one optimiser value
/// serves exactly one model; copying it forks the state.
///
/// `parameters`, `gradients` and `specs` are aligned per layer and per parameter, as in
/// `Model.parameters`, `Model.backward(tape:outputGradient:)` and `LayerKernel.parameterSpecs`.
/// Weight decay applies only where `ParameterSpec.decays` is true (weights, not biases or
/// batch-norm affine terms).
public protocol Optimizer: Sendable {
    /// Applies one update with step size `learningRate` (as given by a `LearningRateSchedule`).
    mutating func step(
        parameters: inout [[Tensor]], gradients: ParameterGradients, specs: [[ParameterSpec]],
        learningRate: Float)
}

extension Optimizer {
    /// Checks that gradients and specs line up with the parameters (a programming error if not).
    func checkAlignment(_ parameters: [[Tensor]], _ gradients: ParameterGradients, _ specs: [[ParameterSpec]]) {
        precondition(parameters.count == gradients.count && parameters.count == specs.count,
                     "\(Self.self): \(parameters.count) layers of parameters, \(gradients.count) of gradients, \(specs.count) of specs")
        for i in parameters.indices {
            precondition(parameters[i].count == gradients[i].count && parameters[i].count == specs[i].count,
                         "\(Self.self): layer \(i) has \(parameters[i].count) parameters, \(gradients[i].count) gradients, \(specs[i].count) specs")
            for j in parameters[i].indices {
                precondition(parameters[i][j].shape == gradients[i][j].shape,
                             "\(Self.self): layer \(i) parameter \(j) shape \(parameters[i][j].shape), gradient \(gradients[i][j].shape)")
            }
        }
    }
}

/// Zero tensors shaped like `parameters`: the initial optimiser state.
func zerosLike(_ parameters: [[Tensor]]) -> [[Tensor]] {
    parameters.map { $0.map { Tensor(zeros: $0.shape) } }
}
