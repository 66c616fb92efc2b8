import Foundation
import GRDB

extension StudyStore {
    /// The snapshot of the highest generation, nil before the first is stored.
    public func latestSnapshot() throws -> SnapshotRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM snapshot ORDER BY generation DESC LIMIT 1").map(snapshotRecord)
        }
    }

    /// Every snapshot, oldest first.
    public func snapshots() throws -> [SnapshotRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM snapshot ORDER BY generation").map(snapshotRecord)
        }
    }

    /// Stores `snapshot` unless its generation already has one, and returns the stored one:
    /// the first process to finish a generation writes it, and every process continues from
    /// that same row.
    public func insertSnapshot(_ snapshot: SnapshotRecord) throws -> SnapshotRecord {
        try write { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO snapshot (generation, optimizer, evaluation_count, written_by, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    snapshot.generation, snapshot.optimizerJSON, snapshot.evaluationCount,
                    snapshot.writtenBy, snapshot.createdAt.timeIntervalSince1970,
                ])
            guard let stored = try Row.fetchOne(
                db, sql: "SELECT * FROM snapshot WHERE generation = ?", arguments: [snapshot.generation])
            else {
                throw StudyError.corruptRecord(
                    path: path, table: "snapshot", row: String(snapshot.generation), column: "generation",
                    expected: "the row just inserted")
            }
            return try snapshotRecord(stored)
        }
    }

    private func snapshotRecord(_ row: Row) throws -> SnapshotRecord {
        let generation = RowFields.name(row, keyColumn: "generation")
        let fields = RowFields(row: row, table: "snapshot", rowName: generation, path: path)
        return SnapshotRecord(
            generation: try fields.integer("generation"), optimizerJSON: try fields.text("optimizer"),
            evaluationCount: try fields.integer("evaluation_count"),
            writtenBy: try fields.text("written_by"), createdAt: try fields.date("created_at"))
    }
}
