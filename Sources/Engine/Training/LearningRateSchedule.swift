import Foundation

/// The learning rate as a function of the optimisation step: an optional linear warm-up followed
/// by a constant rate or a cosine decay.
///
/// With base rate `η`, warm-up `W` steps and `T` total steps (steps are 0-based):
///
/// - warm-up, `s < W`: `η·(s + 1)/W`, a linear ramp that reaches `η` on step `W − 1`
///   (Goyal et al. 2017, "Accurate, large minibatch SGD: training ImageNet in 1 hour");
/// - constant: `η`;
/// - cosine, `s ≥ W`: `η_min + (η − η_min)·(1 + cos(π·(s − W)/(T − W)))/2`, the annealing of
///   SGDR without restarts (Loshchilov & Hutter 2017, "SGDR: stochastic gradient descent with
///   warm restarts", ICLR) and PyTorch's `CosineAnnealingLR` with `T_max = T − W`. It equals `η`
///   at `s = W` and `η_min` at `s = T`; steps past `T` stay at `η_min`.
///
/// JSON form: `{"learningRate": 0.1, "warmupSteps": 500, "decay": {"cosine": {"minimumLearningRate": 0}}}`
/// or `"decay": {"constant": {}}`.
public struct LearningRateSchedule: Sendable, Equatable, Codable {
    public enum Decay: Sendable, Equatable, Codable {
        case constant
        case cosine(minimumLearningRate: Float)
    }

    /// Base (peak) learning rate η.
    public var learningRate: Float
    public var warmupSteps: Int
    public var decay: Decay

    public init(learningRate: Float, warmupSteps: Int = 0, decay: Decay = .constant) {
        self.learningRate = learningRate
        self.warmupSteps = warmupSteps
        self.decay = decay
    }

    public static func constant(_ learningRate: Float, warmupSteps: Int = 0) -> LearningRateSchedule {
        LearningRateSchedule(learningRate: learningRate, warmupSteps: warmupSteps, decay: .constant)
    }

    public static func cosine(
        _ learningRate: Float, minimumLearningRate: Float = 0, warmupSteps: Int = 0
    ) -> LearningRateSchedule {
        LearningRateSchedule(
            learningRate: learningRate, warmupSteps: warmupSteps,
            decay: .cosine(minimumLearningRate: minimumLearningRate))
    }

    /// The problem with this schedule as `(field, expected form)`, or nil when valid.
    public var invalidField: (field: String, expected: String)? {
        if !(learningRate > 0 && learningRate.isFinite) {
            return ("learningRate", "a finite number > 0, found \(learningRate)")
        }
        if warmupSteps < 0 { return ("warmupSteps", "an integer ≥ 0, found \(warmupSteps)") }
        if case .cosine(let minimum) = decay, !(minimum >= 0 && minimum <= learningRate) {
            return ("decay.cosine.minimumLearningRate", "a number in [0, learningRate], found \(minimum)")
        }
        return nil
    }

    /// The learning rate for 0-based `step` of a run of `totalSteps` steps.
    public func learningRate(step: Int, totalSteps: Int) -> Float {
        if step < warmupSteps {
            return Float(Double(learningRate) * Double(step + 1) / Double(warmupSteps))
        }
        switch decay {
        case .constant:
            return learningRate
        case .cosine(let minimum):
            let span = totalSteps - warmupSteps
            guard span > 0, step < totalSteps else { return span > 0 ? minimum : learningRate }
            let progress = Double(step - warmupSteps) / Double(span)
            return Float(Double(minimum) + Double(learningRate - minimum) * (1 + cos(Double.pi * progress)) / 2)
        }
    }
}
