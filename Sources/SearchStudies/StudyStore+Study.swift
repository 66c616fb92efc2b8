import Foundation
import GRDB
import Search

extension StudyStore {
    /// The study this store holds, if any.
    public func study() throws -> StoredStudy? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM study WHERE id = 1").map(storedStudy)
        }
    }

    /// Starts, resumes or joins the study `description` as `mode` says, in one transaction:
    /// a new study is written; an existing one must match `description` field for field.
    @discardableResult
    public func begin(_ description: StudyDescription, mode: StudyMode, now: Date = Date()) throws -> StoredStudy {
        try write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM study WHERE id = 1") {
                let stored = try storedStudy(row)
                if mode == .start {
                    throw StudyError.studyExists(path: path, problem: stored.description.problem)
                }
                if let difference = stored.description.firstDifference(from: description) {
                    throw StudyError.studyMismatch(
                        path: path, field: difference.field, stored: difference.mine, given: difference.theirs)
                }
                return stored
            }
            if mode == .resume { throw StudyError.noStudy(path: path) }
            try db.execute(
                sql: """
                    INSERT INTO study (id, problem, objectives, cheap_constraint_count, constraint_count,
                        algorithm, settings, seed, problem_description, created_at)
                    VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    description.problem, try StoredJSON.text(description.objectives),
                    description.cheapConstraintCount, description.constraintCount,
                    description.algorithm, description.settingsJSON, String(description.seed),
                    description.problemJSON, now.timeIntervalSince1970,
                ])
            return StoredStudy(description: description, createdAt: now)
        }
    }

    private func storedStudy(_ row: Row) throws -> StoredStudy {
        let fields = RowFields(row: row, table: "study", rowName: "1", path: path)
        let description = StudyDescription(
            problem: try fields.text("problem"),
            objectives: try fields.json("objectives", as: [Objective].self, expected: "a JSON list of {name, direction}"),
            cheapConstraintCount: try fields.integer("cheap_constraint_count"),
            constraintCount: try fields.integer("constraint_count"),
            algorithm: try fields.text("algorithm"),
            settingsJSON: try fields.text("settings"),
            seed: try fields.parsed("seed", expected: "an unsigned 64-bit integer", UInt64.init),
            problemJSON: try fields.text("problem_description"))
        return StoredStudy(description: description, createdAt: try fields.date("created_at"))
    }
}
