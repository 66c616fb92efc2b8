import Foundation
import Testing
@testable import Engine

/// Expected values follow PyTorch's `torch.optim.SGD` / `AdamW` update rules, written out step by
/// step in Double.
@Suite("Optimisers, clipping and schedules")
struct OptimizerTests {
    static let gradients: [[Double]] = [[0.5, -1.0], [0.2, 0.3], [-0.4, 0.1]]

    /// Runs `optimizer` for the three gradients on one decaying 2-element weight and one
    /// non-decaying 2-element bias that start equal.
    func run(_ optimizer: some Optimizer, learningRate: Float) -> (weight: [Float], bias: [Float]) {
        var optimizer = optimizer
        var parameters = [[Tensor(shape: [2], scalars: [1, -2]), Tensor(shape: [2], scalars: [1, -2])]]
        let specs = [[
            ParameterSpec(name: "weight", shape: [2], initialization: .constant(0), decays: true),
            ParameterSpec(name: "bias", shape: [2], initialization: .constant(0), decays: false),
        ]]
        for g in Self.gradients {
            let t = Tensor(shape: [2], scalars: g.map(Float.init))
            optimizer.step(parameters: &parameters, gradients: [[t, t]], specs: specs, learningRate: learningRate)
        }
        return (parameters[0][0].scalars, parameters[0][1].scalars)
    }

    func expectClose(_ actual: [Float], _ expected: [Double], _ label: String) {
        for (a, e) in zip(actual, expected) {
            #expect(abs(Double(a) - e) <= 2e-6 * max(1, abs(e)), "\(label): \(actual) vs \(expected)")
        }
    }

    /// PyTorch SGD (dampening 0): d = g + λp; b = d (first) or μb + d; d = d + μb (Nesterov) or b; p −= ηd.
    func sgdReference(momentum mu: Double, nesterov: Bool, weightDecay lambda: Double, lr: Double) -> [Double] {
        var p = [1.0, -2.0]
        var b = [0.0, 0.0]
        for (step, g) in Self.gradients.enumerated() {
            for k in 0..<2 {
                var d = g[k] + lambda * p[k]
                b[k] = step == 0 ? d : mu * b[k] + d
                d = nesterov ? d + mu * b[k] : b[k]
                p[k] -= lr * d
            }
        }
        return p
    }

    @Test("SGD with Nesterov momentum 0.9 and weight decay matches PyTorch after 3 steps")
    func sgdNesterov() {
        let result = run(SGD(momentum: 0.9, nesterov: true, weightDecay: 0.01), learningRate: 0.1)
        // By hand, first coordinate: p = 0.9031 (d = 0.51, b = 0.51, d = 0.969), then 0.82207411
        // (d = 0.209031, b = 0.668031, d = 0.8102589), then 0.842401658191.
        #expect(abs(result.weight[0] - 0.842401658191) < 1e-6)
        expectClose(result.weight, sgdReference(momentum: 0.9, nesterov: true, weightDecay: 0.01, lr: 0.1), "weight")
        expectClose(result.bias, sgdReference(momentum: 0.9, nesterov: true, weightDecay: 0, lr: 0.1), "bias")
    }

    @Test("SGD heavy-ball momentum and plain SGD")
    func sgdHeavyBall() {
        let heavy = run(SGD(momentum: 0.9, nesterov: false, weightDecay: 5e-4), learningRate: 0.05)
        expectClose(heavy.weight, sgdReference(momentum: 0.9, nesterov: false, weightDecay: 5e-4, lr: 0.05), "heavy ball")
        let plain = run(SGD(momentum: 0, weightDecay: 0), learningRate: 0.1)
        expectClose(plain.weight, [1 - 0.1 * (0.5 + 0.2 - 0.4), -2 - 0.1 * (-1.0 + 0.3 + 0.1)], "plain")
    }

    /// PyTorch AdamW: p ← p(1 − ηλ); m, v moments; p ← p − η/(1 − β₁ᵗ) · m / (√v/√(1 − β₂ᵗ) + ε).
    func adamWReference(weightDecay lambda: Double, lr: Double) -> [Double] {
        let (b1, b2, eps) = (0.9, 0.999, 1e-8)
        var p = [1.0, -2.0], m = [0.0, 0.0], v = [0.0, 0.0]
        for (i, g) in Self.gradients.enumerated() {
            let t = Double(i + 1)
            for k in 0..<2 {
                p[k] *= 1 - lr * lambda
                m[k] = b1 * m[k] + (1 - b1) * g[k]
                v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k]
                let mHat = m[k] / (1 - pow(b1, t))
                let vHat = v[k] / (1 - pow(b2, t))
                p[k] -= lr * mHat / (vHat.squareRoot() + eps)
            }
        }
        return p
    }

    @Test("AdamW with decoupled weight decay matches PyTorch after 3 steps")
    func adamW() {
        var optimizer = AdamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.1)
        let result = run(optimizer, learningRate: 0.01)
        // The first Adam step moves each coordinate by η·sign(g) (up to ε): 1·(1 − 0.001) − 0.01.
        var one = [[Tensor(shape: [2], scalars: [1, -2])]]
        optimizer.step(
            parameters: &one, gradients: [[Tensor(shape: [2], scalars: [0.5, -1])]],
            specs: [[ParameterSpec(name: "w", shape: [2], initialization: .constant(0), decays: true)]], learningRate: 0.01)
        expectClose(one[0][0].scalars, [0.989, -1.988], "first step")
        #expect(optimizer.stepCount == 1)
        expectClose(result.weight, adamWReference(weightDecay: 0.1, lr: 0.01), "weight")
        expectClose(result.bias, adamWReference(weightDecay: 0, lr: 0.01), "bias (no decay)")
    }

    @Test("global-norm clipping scales down only above the limit and returns the norm")
    func clipping() {
        var gradients: ParameterGradients = [[Tensor(shape: [2], scalars: [3, 0])], [], [Tensor(shape: [1], scalars: [4])]]
        #expect(GradientClipping.globalNorm(gradients) == 5)
        let untouched = gradients
        #expect(GradientClipping(maximumNorm: 10).apply(to: &gradients) == 5)
        #expect(gradients == untouched)
        #expect(GradientClipping(maximumNorm: 1).apply(to: &gradients) == 5)
        let scale = Float(1 / (5 + 1e-6))
        #expect(gradients[0][0].scalars == [3 * scale, 0])
        #expect(gradients[2][0].scalars == [4 * scale])
        #expect(abs(GradientClipping.globalNorm(gradients) - 1) < 1e-6)
        var infinite: ParameterGradients = [[Tensor(shape: [2], scalars: [.infinity, 1])]]
        #expect(GradientClipping(maximumNorm: 1).apply(to: &infinite).isInfinite)
        #expect(infinite[0][0].scalars == [.infinity, 1])
    }

    @Test("constant schedule with warm-up")
    func constantSchedule() {
        let schedule = LearningRateSchedule.constant(0.4, warmupSteps: 4)
        #expect((0..<6).map { schedule.learningRate(step: $0, totalSteps: 6) } == [0.1, 0.2, 0.3, 0.4, 0.4, 0.4])
        #expect(LearningRateSchedule.constant(0.4).learningRate(step: 0, totalSteps: 1) == 0.4)
    }

    @Test("cosine schedule: warm-up ramp, peak after warm-up, half-way mean, minimum at the end")
    func cosineSchedule() {
        let schedule = LearningRateSchedule.cosine(0.1, minimumLearningRate: 0.001, warmupSteps: 10)
        #expect(abs(schedule.learningRate(step: 0, totalSteps: 110) - 0.01) < 1e-8)
        #expect(abs(schedule.learningRate(step: 9, totalSteps: 110) - 0.1) < 1e-8)
        #expect(schedule.learningRate(step: 10, totalSteps: 110) == 0.1)
        #expect(abs(schedule.learningRate(step: 60, totalSteps: 110) - 0.0505) < 1e-7)
        let last = Double(schedule.learningRate(step: 109, totalSteps: 110))
        #expect(abs(last - (0.001 + 0.099 * (1 + cos(Double.pi * 99 / 100)) / 2)) < 1e-8)
        #expect(schedule.learningRate(step: 110, totalSteps: 110) == 0.001)
        #expect(schedule.learningRate(step: 500, totalSteps: 110) == 0.001)
        #expect(LearningRateSchedule.cosine(0.1).learningRate(step: 0, totalSteps: 1) == 0.1)
    }

    @Test("invalid hyper-parameters name their field")
    func invalidHyperparameters() {
        #expect(OptimizerConfiguration.sgd(momentum: 1, nesterov: false, weightDecay: 0).invalidField?.field == "sgd.momentum")
        #expect(OptimizerConfiguration.sgd(momentum: 0, nesterov: true, weightDecay: 0).invalidField?.field == "sgd.nesterov")
        #expect(OptimizerConfiguration.adamW(beta1: 0.9, beta2: 0.999, epsilon: 0, weightDecay: 0).invalidField?.field
                == "adamW.epsilon")
        #expect(OptimizerConfiguration.adamWDefault.invalidField == nil)
        #expect(LearningRateSchedule.cosine(0.1, minimumLearningRate: 0.2).invalidField?.field
                == "decay.cosine.minimumLearningRate")
        #expect(LearningRateSchedule.constant(-1).invalidField?.field == "learningRate")
    }
}
