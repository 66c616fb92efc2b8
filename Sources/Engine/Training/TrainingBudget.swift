/// How long to train: a number of passes over the training set, or a number of optimiser steps
/// (the last epoch is then cut short).
///
/// JSON form: `{"epochs": 30}` or `{"steps": 10000}`.
public enum TrainingBudget: Sendable, Hashable, Codable {
    case epochs(Int)
    case steps(Int)

    enum CodingKeys: String, CodingKey { case epochs, steps }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch (try c.decodeIfPresent(Int.self, forKey: .epochs), try c.decodeIfPresent(Int.self, forKey: .steps)) {
        case (let epochs?, nil): self = .epochs(epochs)
        case (nil, let steps?): self = .steps(steps)
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: c.codingPath, debugDescription: "expected {\"epochs\": n} or {\"steps\": n}"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .epochs(let n): try c.encode(n, forKey: .epochs)
        case .steps(let n): try c.encode(n, forKey: .steps)
        }
    }

    /// The problem with this budget as `(field, expected form)`, or nil when valid.
    public var invalidField: (field: String, expected: String)? {
        switch self {
        case .epochs(let n) where n < 1: ("budget.epochs", "an integer ≥ 1, found \(n)")
        case .steps(let n) where n < 1: ("budget.steps", "an integer ≥ 1, found \(n)")
        default: nil
        }
    }

    /// `(epochs, total steps)` for an epoch of `stepsPerEpoch` steps (at least 1).
    func plan(stepsPerEpoch: Int) -> (epochs: Int, totalSteps: Int) {
        switch self {
        case .epochs(let n): (n, n * stepsPerEpoch)
        case .steps(let n): ((n + stepsPerEpoch - 1) / stepsPerEpoch, n)
        }
    }
}
