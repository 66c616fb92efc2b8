import Foundation
import GRDB
import Search
import Testing

@testable import SearchStudies

@Suite struct StudyStoreTests {
    static let description = StudyDescription(
        problem: "toy", objectives: [Objective("latencySeconds", .minimize), Objective("accuracy", .maximize)],
        cheapConstraintCount: 1, constraintCount: 2, algorithm: "nsga2", settingsJSON: #"{"population":100}"#,
        seed: UInt64.max, problemJSON: #"{"budgetSeconds":0.005}"#)

    @Test func studyRoundTripsWithEveryField() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(try store.study() == nil)
        let created = Date(timeIntervalSince1970: 1_700_000_000.25)
        try store.begin(Self.description, mode: .start, now: created)
        let reopened = try StudyStore(path: folder.file("s.sqlite"))
        #expect(try reopened.study() == StoredStudy(description: Self.description, createdAt: created))
    }

    @Test func modesGuardTheStudy() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(throws: StudyError.noStudy(path: store.path)) { try store.begin(Self.description, mode: .resume) }
        try store.begin(Self.description, mode: .join)
        #expect(throws: StudyError.studyExists(path: store.path, problem: "toy")) {
            try store.begin(Self.description, mode: .start)
        }
        try store.begin(Self.description, mode: .resume)
        var other = Self.description
        other.seed = 7
        #expect(throws: StudyError.studyMismatch(
            path: store.path, field: "seed", stored: String(UInt64.max), given: "7")) {
            try store.begin(other, mode: .resume)
        }
        other = Self.description
        other.objectives[1].direction = .minimize
        #expect {
            try store.begin(other, mode: .join)
        } throws: { error in
            "\(error)".contains(store.path) && "\(error)".contains("objectives") && "\(error)".contains("accuracy (maximize)")
        }
    }

    @Test func migrationsApplyOnceAndReopenIsIdempotent() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let path = folder.file("s.sqlite")
        let first = try StudyStore(path: path)
        #expect(try first.appliedMigrations() == ["v1: study, evaluation, snapshot"])
        let second = try StudyStore(path: path)
        #expect(try second.appliedMigrations() == ["v1: study, evaluation, snapshot"])
        let (mode, tables) = try second.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        }
        #expect(mode == "wal")
        #expect(tables == ["evaluation", "grdb_migrations", "snapshot", "study"])
    }

    @Test func aFileFromANewerVersionIsRefused() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let path = folder.file("s.sqlite")
        let store = try StudyStore(path: path)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect {
            _ = try StudyStore(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("newer version")
        }
    }

    @Test func aFileThatIsNotSQLiteIsNamed() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let path = folder.file("notes.sqlite")
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try StudyStore(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path + ": cannot open as a study store")
        }
    }

    @Test(arguments: [
        Evaluation(objectives: [0.1, 0.9], constraints: [-1, 0, -2.5e-300]),
        Evaluation(objectives: [.infinity, -.infinity], constraints: [.nan, 1, 2], status: .ok),
        Evaluation(objectives: [], constraints: [0.25, 0, 0], status: .rejectedEarly),
        Evaluation(objectives: [], constraints: [-1], status: .failed(reason: "diverged, \"NaN\" loss\nat step 3")),
    ])
    func evaluationsRoundTripBitForBit(_ evaluation: Evaluation) throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        let worker = WorkerIdentity(host: "h", processID: 1, token: "t")
        #expect(try store.claim(
            key: "k", genomeJSON: #"{"values":[1,2]}"#, generation: 3, position: 4, by: worker,
            now: Date(timeIntervalSince1970: 10), staleAfterSeconds: 60) == .claimed)
        let stored = try store.complete(
            key: "k", evaluation: evaluation, seconds: 1.5, by: worker, now: Date(timeIntervalSince1970: 12))
        let read = try #require(try store.evaluation(forKey: "k"))
        // NaN is unequal to itself, so compare the printed records.
        #expect("\(read)" == "\(stored)")
        #expect(read.genomeJSON == #"{"values":[1,2]}"#)
        #expect((read.generation, read.position) == (3, 4))
        #expect(read.evaluationSeconds == 1.5)
        #expect(read.claimedBy == "h/1/t")
        #expect(read.completedAt == Date(timeIntervalSince1970: 12))
        let got = try #require(read.evaluation)
        #expect(got.status == evaluation.status)
        #expect(got.objectives.map(\.bitPattern) == evaluation.objectives.map(\.bitPattern))
        // NaN compares unequal to itself; its bit pattern survives as the canonical NaN.
        #expect(got.constraints.map { $0.isNaN ? "nan" : "\($0.bitPattern)" }
            == evaluation.constraints.map { $0.isNaN ? "nan" : "\($0.bitPattern)" })
    }

    @Test func aCorruptStatusNamesTableRowAndColumn() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO evaluation (key, genome, generation, position, status, objectives, constraints, completed_at)
                VALUES ('abc', '{}', 0, 0, 'ok', '[1, "x"]', '[]', 5)
                """)
        }
        #expect(throws: StudyError.corruptRecord(
            path: store.path, table: "evaluation", row: "abc", column: "objectives",
            expected: "a JSON list of numbers")) {
            _ = try store.evaluations()
        }
    }

    @Test func theFirstSnapshotOfAGenerationWins() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(try store.latestSnapshot() == nil)
        let first = SnapshotRecord(generation: 1, optimizerJSON: "{\"a\":1}", evaluationCount: 8, writtenBy: "w1", createdAt: Date(timeIntervalSince1970: 1))
        var second = first
        second.optimizerJSON = "{\"a\":2}"
        second.writtenBy = "w2"
        #expect(try store.insertSnapshot(first) == first)
        #expect(try store.insertSnapshot(second) == first)
        let later = SnapshotRecord(generation: 2, optimizerJSON: "{}", evaluationCount: 16, writtenBy: "w2", createdAt: Date(timeIntervalSince1970: 2))
        _ = try store.insertSnapshot(later)
        #expect(try store.latestSnapshot() == later)
        #expect(try store.snapshots().map(\.generation) == [1, 2])
    }

    @Test func aStoreInAMissingFolderIsNamed() throws {
        let folder = try ScratchFolder("store")
        defer { folder.remove() }
        let path = folder.file("missing/s.sqlite")
        #expect {
            _ = try StudyStore(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path + ": cannot open as a study store: cannot create its set-up lock")
                && "\(error)".contains("No such file or directory")
        }
    }
}
