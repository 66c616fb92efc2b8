import Foundation

extension StudyResults {
    /// `evaluations.csv`: one record per evaluation in ask order (RFC 4180, CRLF). Columns:
    /// key, generation, position, status, failure_reason, feasible, on_front,
    /// total_violation, one per objective (its name), cheap_constraint_i, constraint_i,
    /// evaluation_seconds, evaluated_by, completed_at (ISO 8601, UTC), genome (JSON). Cells a
    /// status leaves undefined (objectives of an early rejection, anything of a pending
    /// claim) are empty.
    public func evaluationsCSV() -> String {
        let description = study.description
        let header = ["key", "generation", "position", "status", "failure_reason", "feasible", "on_front", "total_violation"]
            + description.objectives.map(\.name)
            + (0..<description.cheapConstraintCount).map { "cheap_constraint_\($0 + 1)" }
            + (0..<description.constraintCount).map { "constraint_\($0 + 1)" }
            + ["evaluation_seconds", "evaluated_by", "completed_at", "genome"]
        let frontKeys = Set(front.map(\.key))
        let dates = ISO8601DateFormatter()
        dates.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var text = CSVText.record(header)
        for record in evaluations {
            let evaluation = record.evaluation
            let values: [String] = [
                record.key, String(record.generation), String(record.position), record.statusText,
                record.failureReason ?? "",
                evaluation.map { String($0.isFeasible) } ?? "",
                String(frontKeys.contains(record.key)),
                evaluation.map { "\($0.totalViolation)" } ?? "",
            ]
            text += CSVText.record(
                values
                    + Self.cells(evaluation?.objectives, count: description.objectives.count)
                    + Self.cells(evaluation?.constraints, count: description.totalConstraintCount)
                    + [
                        record.evaluationSeconds.map { "\($0)" } ?? "", record.claimedBy ?? "",
                        record.completedAt.map(dates.string(from:)) ?? "", record.genomeJSON,
                    ])
        }
        return text
    }

    /// `count` cells from `values`, empty where a value is missing.
    private static func cells(_ values: [Double]?, count: Int) -> [String] {
        (0..<count).map { index in
            guard let values, index < values.count else { return "" }
            return "\(values[index])"
        }
    }
}
