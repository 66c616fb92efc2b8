import Foundation
import Search

/// One row of the store's `evaluation` table: a genome asked for by the optimiser, its claim,
/// and (once completed) its evaluation.
public struct EvaluationRecord: Sendable, Hashable {
    public var key: String
    /// The genome as JSON (sorted keys).
    public var genomeJSON: String
    /// The generation whose batch first asked for this genome (0 = initial population).
    public var generation: Int
    /// Its position in that batch.
    public var position: Int
    /// Nil while the genome is claimed but not yet evaluated.
    public var evaluation: Evaluation?
    public var evaluationSeconds: Double?
    /// The worker that claimed it (and, once completed, the one that evaluated it).
    public var claimedBy: String?
    public var claimedAt: Date?
    public var completedAt: Date?

    public init(
        key: String, genomeJSON: String, generation: Int, position: Int,
        evaluation: Evaluation? = nil, evaluationSeconds: Double? = nil,
        claimedBy: String? = nil, claimedAt: Date? = nil, completedAt: Date? = nil
    ) {
        self.key = key
        self.genomeJSON = genomeJSON
        self.generation = generation
        self.position = position
        self.evaluation = evaluation
        self.evaluationSeconds = evaluationSeconds
        self.claimedBy = claimedBy
        self.claimedAt = claimedAt
        self.completedAt = completedAt
    }

    public var isCompleted: Bool { evaluation != nil }

    /// The `status` column: `pending`, `ok`, `rejectedEarly` or `failed`.
    public var statusText: String {
        switch evaluation?.status {
        case nil: "pending"
        case .ok: "ok"
        case .rejectedEarly: "rejectedEarly"
        case .failed: "failed"
        }
    }

    public var failureReason: String? {
        if case let .failed(reason) = evaluation?.status { reason } else { nil }
    }
}
