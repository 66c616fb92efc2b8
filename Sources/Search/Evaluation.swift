/// What evaluating one genome gave.
///
/// Constraints follow the usual convention g(x) ≤ 0 for "satisfied"; a positive value is the
/// amount of violation. Objective values are in the problem's own directions (not negated).
public struct Evaluation: Codable, Sendable, Hashable {
    public enum Status: Codable, Sendable, Hashable {
        /// Objectives and constraints were all computed.
        case ok
        /// A cheap constraint (a hard budget) was violated, so the expensive objectives were
        /// never computed; `objectives` is empty and the candidate counts as infeasible.
        case rejectedEarly
        /// The evaluator failed (diverged training, a crash, a timeout); the candidate is
        /// infeasible and never selected over one that evaluated.
        case failed(reason: String)
    }

    public var objectives: [Double]
    public var constraints: [Double]
    public var status: Status

    public init(objectives: [Double], constraints: [Double] = [], status: Status = .ok) {
        self.objectives = objectives
        self.constraints = constraints
        self.status = status
    }

    /// Sum of positive constraint values; 0 when every constraint holds.
    public var totalViolation: Double {
        constraints.reduce(0) { $0 + max($1, 0) }
    }

    public var isFeasible: Bool { status == .ok && totalViolation == 0 }
}
