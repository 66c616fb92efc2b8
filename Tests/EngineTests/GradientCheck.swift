import Testing
@testable import Engine
import Randomness

/// Finite-difference check of a kernel's backward pass.
///
/// The scalar loss is `L = Σ y ⊙ R` for a fixed random `R`, accumulated in Double; the numerical
/// derivative is the central difference `(L(x + h) − L(x − h)) / 2h`. Up to `samplesPerTensor`
/// coordinates of each input and parameter are checked against `backward(dy: R)` with a mixed
/// absolute/relative tolerance suited to float32 forward passes.
struct GradientCheck {
    var step: Float = 1e-2
    var relativeTolerance: Double = 2e-2
    var absoluteTolerance: Double = 2e-3
    var samplesPerTensor = 40
    var mode: ExecutionMode = .training

    /// Returns a description of every mismatch; empty when the gradients agree. `buffers` (BN
    /// running statistics) default to the kernel's initial buffers.
    func mismatches(
        kernel: any LayerKernel, inputs: [Tensor], parameters: [Tensor], buffers givenBuffers: [Tensor]? = nil,
        seed: UInt64 = 7
    ) -> [String] {
        var rng = SeededGenerator(seed: seed)
        var buffers = givenBuffers ?? kernel.bufferSpecs.map { spec in
            Tensor(shape: spec.shape, scalars: spec.initialization.sample(count: spec.shape.reduce(1, *), using: &rng))
        }
        let initialBuffers = buffers
        let (y, saved) = kernel.forward(inputs: inputs, parameters: parameters, buffers: &buffers, mode: mode)
        let r = probe(like: y, using: &rng)
        let analytic = kernel.backward(outputGradient: r, inputs: inputs, output: y, parameters: parameters, saved: saved)

        func loss(_ inputs: [Tensor], _ parameters: [Tensor]) -> Double {
            var b = initialBuffers
            return weightedSum(kernel.forward(inputs: inputs, parameters: parameters, buffers: &b, mode: mode).output, r)
        }

        var problems: [String] = []
        func check(_ label: String, _ tensor: Tensor, _ gradient: Tensor, perturb: (Int, Float) -> Double) {
            guard let picks = coordinates(label, tensor, gradient, limit: samplesPerTensor, problems: &problems, using: &rng)
            else { return }
            for i in picks {
                let numeric = (perturb(i, step) - perturb(i, -step)) / (2 * Double(step))
                let exact = Double(gradient.scalars[i])
                if abs(numeric - exact) > absoluteTolerance + relativeTolerance * max(abs(numeric), abs(exact)) {
                    problems.append("\(label)[\(i)]: analytic \(exact), numeric \(numeric)")
                }
            }
        }
        for k in inputs.indices {
            check("input \(k)", inputs[k], analytic.inputs[k]) { i, h in
                var moved = inputs
                moved[k].scalars[i] += h
                return loss(moved, parameters)
            }
        }
        for k in parameters.indices {
            check("parameter \(kernel.parameterSpecs[k].name)", parameters[k], analytic.parameters[k]) { i, h in
                var moved = parameters
                moved[k].scalars[i] += h
                return loss(inputs, moved)
            }
        }
        return problems
    }
}

/// Random tensors for gradient checks, kept away from the kinks of ReLU-like functions.
func randomTensor(_ shape: [Int], seed: UInt64, range: ClosedRange<Float> = -1...1, avoidingKinks kinks: [Float] = []) -> Tensor {
    var rng = SeededGenerator(seed: seed)
    let values = (0..<shape.reduce(1, *)).map { _ -> Float in
        var v = Float.random(in: range, using: &rng)
        while kinks.contains(where: { abs(v - $0) < 0.05 }) { v = Float.random(in: range, using: &rng) }
        return v
    }
    return Tensor(shape: shape, scalars: values)
}

/// Initial parameters for a kernel from its specs.
func initialParameters(_ kernel: any LayerKernel, seed: UInt64) -> [Tensor] {
    var rng = SeededGenerator(seed: seed)
    return kernel.parameterSpecs.map { spec in
        Tensor(shape: spec.shape, scalars: spec.initialization.sample(count: spec.shape.reduce(1, *), using: &rng))
    }
}

/// The random output weights `R` of the check loss `L = Σ y ⊙ R`.
func probe(like y: Tensor, using rng: inout SeededGenerator) -> Tensor {
    Tensor(shape: y.shape, scalars: (0..<y.count).map { _ in Float.random(in: -1...1, using: &rng) })
}

/// `Σ y ⊙ r`, accumulated in Double.
func weightedSum(_ y: Tensor, _ r: Tensor) -> Double {
    var sum = 0.0
    for i in 0..<y.count { sum += Double(y.scalars[i]) * Double(r.scalars[i]) }
    return sum
}

/// The coordinates of `tensor` to check: all of them, or `limit` seeded picks; nil (with a
/// problem recorded) when the gradient's shape is wrong.
func coordinates(
    _ label: String, _ tensor: Tensor, _ gradient: Tensor, limit: Int, problems: inout [String],
    using rng: inout SeededGenerator
) -> [Int]? {
    guard gradient.shape == tensor.shape else {
        problems.append("\(label): gradient shape \(gradient.shape) vs \(tensor.shape)")
        return nil
    }
    return tensor.count <= limit
        ? Array(0..<tensor.count)
        : (0..<limit).map { _ in Int.random(in: 0..<tensor.count, using: &rng) }
}
