import GRDB

/// The store's schema as GRDB migrations. A migration, once released, is never edited: a later
/// change is a new migration appended here, which `StudyStore` applies when it opens an older
/// file.
enum StudySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: study, evaluation, snapshot") { db in
            try db.execute(sql: """
                CREATE TABLE study (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    problem TEXT NOT NULL,
                    objectives TEXT NOT NULL,
                    cheap_constraint_count INTEGER NOT NULL CHECK (cheap_constraint_count >= 0),
                    constraint_count INTEGER NOT NULL CHECK (constraint_count >= 0),
                    algorithm TEXT NOT NULL,
                    settings TEXT NOT NULL,
                    seed TEXT NOT NULL,
                    problem_description TEXT NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE TABLE evaluation (
                    key TEXT PRIMARY KEY NOT NULL,
                    genome TEXT NOT NULL,
                    generation INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    status TEXT NOT NULL
                        CHECK (status IN ('pending', 'ok', 'rejectedEarly', 'failed')),
                    failure_reason TEXT,
                    objectives TEXT,
                    constraints TEXT,
                    evaluation_seconds REAL,
                    claimed_by TEXT,
                    claimed_at REAL,
                    completed_at REAL,
                    CHECK ((status = 'pending') = (completed_at IS NULL))
                );
                CREATE INDEX evaluation_by_batch ON evaluation (generation, position);
                CREATE TABLE snapshot (
                    generation INTEGER PRIMARY KEY NOT NULL,
                    optimizer TEXT NOT NULL,
                    evaluation_count INTEGER NOT NULL,
                    written_by TEXT NOT NULL,
                    created_at REAL NOT NULL
                );
                """)
        }
        return migrator
    }
}
