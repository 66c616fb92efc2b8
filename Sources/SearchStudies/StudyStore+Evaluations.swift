import Foundation
import GRDB
import Search

extension StudyStore {
    /// The row of `key`, completed or still claimed; nil if no worker has claimed it yet.
    public func evaluation(forKey key: String) throws -> EvaluationRecord? {
        try read { db in try fetchEvaluation(db, key: key) }
    }

    /// Every row, in the order the optimiser asked for the genomes (generation, then position).
    public func evaluations() throws -> [EvaluationRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM evaluation ORDER BY generation, position, key")
                .map(evaluationRecord)
        }
    }

    /// Claims `key` for `worker` in one transaction. A completed row is returned as it is; a
    /// row claimed by another worker is taken over only when its claim is older than
    /// `staleAfterSeconds` or its holder's process has vanished from this host; otherwise the
    /// genome is left to its holder. A new row records the genome, the generation whose batch
    /// asked for it and its position there.
    public func claim(
        key: String, genomeJSON: String, generation: Int, position: Int,
        by worker: WorkerIdentity, now: Date = Date(), staleAfterSeconds: Double
    ) throws -> ClaimOutcome {
        try write { db in
            let me = worker.description
            guard let existing = try fetchEvaluation(db, key: key) else {
                try db.execute(
                    sql: """
                        INSERT INTO evaluation (key, genome, generation, position, status, claimed_by, claimed_at)
                        VALUES (?, ?, ?, ?, 'pending', ?, ?)
                        """,
                    arguments: [key, genomeJSON, generation, position, me, now.timeIntervalSince1970])
                return .claimed
            }
            if existing.isCompleted { return .completed(existing) }
            if let holder = existing.claimedBy, holder != me,
               let claimedAt = existing.claimedAt, now.timeIntervalSince(claimedAt) < staleAfterSeconds,
               WorkerIdentity(holder)?.hasVanishedFromThisHost != true {
                return .heldByOther(holder)
            }
            try db.execute(
                sql: "UPDATE evaluation SET claimed_by = ?, claimed_at = ? WHERE key = ?",
                arguments: [me, now.timeIntervalSince1970, key])
            return .claimed
        }
    }

    /// Stores the evaluation of a claimed `key` in its own transaction and returns the stored
    /// row. The first completion wins: if another worker completed `key` meanwhile (after
    /// taking over a stale claim), its result is returned and `evaluation` is dropped.
    public func complete(
        key: String, evaluation: Evaluation, seconds: Double, by worker: WorkerIdentity, now: Date = Date()
    ) throws -> EvaluationRecord {
        let status: String
        var reason: String?
        switch evaluation.status {
        case .ok: status = "ok"
        case .rejectedEarly: status = "rejectedEarly"
        case let .failed(text): (status, reason) = ("failed", text)
        }
        let objectives = try StoredJSON.text(evaluation.objectives)
        let constraints = try StoredJSON.text(evaluation.constraints)
        return try write { db in
            try db.execute(
                sql: """
                    UPDATE evaluation SET status = ?, failure_reason = ?, objectives = ?, constraints = ?,
                        evaluation_seconds = ?, claimed_by = ?, completed_at = ?
                    WHERE key = ? AND status = 'pending'
                    """,
                arguments: [
                    status, reason, objectives, constraints, seconds, worker.description,
                    now.timeIntervalSince1970, key,
                ])
            guard let stored = try fetchEvaluation(db, key: key), stored.isCompleted else {
                throw StudyError.corruptRecord(
                    path: path, table: "evaluation", row: key, column: "key",
                    expected: "a row claimed before its evaluation is stored")
            }
            return stored
        }
    }

    private func fetchEvaluation(_ db: Database, key: String) throws -> EvaluationRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM evaluation WHERE key = ?", arguments: [key])
            .map(evaluationRecord)
    }

    private func evaluationRecord(_ row: Row) throws -> EvaluationRecord {
        let key = RowFields.name(row, keyColumn: "key")
        let fields = RowFields(row: row, table: "evaluation", rowName: key, path: path)
        let statusText = try fields.text("status")
        let status: Evaluation.Status?
        switch statusText {
        case "pending": status = nil
        case "ok": status = .ok
        case "rejectedEarly": status = .rejectedEarly
        case "failed":
            status = .failed(reason: try fields.optional("failure_reason", String.self, expected: "text") ?? "")
        default:
            throw fields.corrupt("status", expected: "pending, ok, rejectedEarly or failed")
        }
        let evaluation = try status.map { status in
            Evaluation(
                objectives: try fields.json("objectives", as: [Double].self, expected: "a JSON list of numbers"),
                constraints: try fields.json("constraints", as: [Double].self, expected: "a JSON list of numbers"),
                status: status)
        }
        return EvaluationRecord(
            key: try fields.text("key"), genomeJSON: try fields.text("genome"),
            generation: try fields.integer("generation"), position: try fields.integer("position"),
            evaluation: evaluation, evaluationSeconds: try fields.optionalReal("evaluation_seconds"),
            claimedBy: try fields.optional("claimed_by", String.self, expected: "text"),
            claimedAt: try fields.optionalDate("claimed_at"),
            completedAt: try fields.optionalDate("completed_at"))
    }
}
