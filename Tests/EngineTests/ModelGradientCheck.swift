import Testing
@testable import Engine
import NetworkIR
import Randomness

/// Finite-difference check of `Model.backward` through a whole network in training mode.
///
/// The loss is `L = Σ y ⊙ R` over the output of the stop layer for a fixed random `R`,
/// accumulated in Double; every input and parameter coordinate sampled is compared with the
/// central difference `(L(θ + h) − L(θ − h)) / 2h`. Training-mode outputs do not depend on BN
/// running statistics, so the buffers the repeated forward passes update do not matter.
///
/// In a network with many ReLUs a step can move some ReLU input across 0; the loss then has a
/// kink inside `[θ − h, θ + h]` and the central difference averages two slopes. A coordinate
/// whose central difference disagrees therefore passes if one of the one-sided differences
/// `(L(θ ± h) − L(θ)) / ±h` agrees: a kink on one side leaves the other side smooth, while a
/// wrong gradient disagrees with both. Batch norm over few values curves the loss strongly, so
/// a coordinate failing all three is retried once with the step divided by 10. The float32
/// forward pass through many layers rounds `L` by a few ulps of `Σ |y ⊙ R|`, so each difference
/// quotient is also allowed `16 ε Σ |y ⊙ R| / h` on top of the mixed tolerance.
struct ModelGradientCheck {
    var step: Float = 1e-3
    var relativeTolerance: Double = 2e-2
    var absoluteTolerance: Double = 2e-3
    var samplesPerTensor = 12

    /// Returns a description of every mismatch; empty when the gradients agree.
    func mismatches(model: Model, input: Tensor, upTo stop: Int? = nil, seed: UInt64 = 5) -> [String] {
        var rng = SeededGenerator(seed: seed)
        var trained = model
        let tape = trained.forward(input, mode: .training, upTo: stop)
        let y = tape.outputs[tape.stopIndex]
        let r = probe(like: y, using: &rng)
        let analytic = trained.backward(tape: tape, outputGradient: r)

        var magnitude = 0.0
        for i in 0..<y.count { magnitude += abs(Double(y.scalars[i]) * Double(r.scalars[i])) }
        let rounding = 16 * Double(Float.ulpOfOne) * magnitude

        func loss(_ model: Model, _ x: Tensor) -> Double {
            var copy = model
            let out = copy.forward(x, mode: .training, upTo: stop)
            return weightedSum(out.outputs[out.stopIndex], r)
        }

        let base = loss(model, input)
        var problems: [String] = []
        func check(_ label: String, _ tensor: Tensor, _ gradient: Tensor, perturb: (Int, Float) -> Double) {
            guard let picks = coordinates(label, tensor, gradient, limit: samplesPerTensor, problems: &problems, using: &rng)
            else { return }
            for i in picks {
                let exact = Double(gradient.scalars[i])
                var central = 0.0
                let passes = [step, step / 10].contains { step in
                    let h = Double(step)
                    func agrees(_ numeric: Double) -> Bool {
                        abs(numeric - exact)
                            <= absoluteTolerance + rounding / h + relativeTolerance * max(abs(numeric), abs(exact))
                    }
                    let up = perturb(i, step), down = perturb(i, -step)
                    central = (up - down) / (2 * h)
                    return agrees(central) || agrees((up - base) / h) || agrees((base - down) / h)
                }
                if !passes { problems.append("\(label)[\(i)]: analytic \(exact), numeric \(central)") }
            }
        }
        check("input", input, analytic.input) { i, h in
            var moved = input
            moved.scalars[i] += h
            return loss(model, moved)
        }
        for (layer, tensors) in model.parameters.enumerated() {
            for k in tensors.indices {
                let name = "\(model.network.layers[layer].name).\(model.kernels[layer].parameterSpecs[k].name)"
                check(name, tensors[k], analytic.parameters[layer][k]) { i, h in
                    var moved = model
                    moved.parameters[layer][k].scalars[i] += h
                    return loss(moved, input)
                }
            }
        }
        return problems
    }
}
