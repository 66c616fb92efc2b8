import Foundation
import GRDB

/// A study kept in one SQLite file: the study's description, every evaluated genome, and the
/// optimiser's state after every generation (see README.md, "Study store", for the schema).
///
/// The file is opened in WAL mode through a GRDB `DatabasePool`, with a busy timeout, so
/// several processes can read and write it at once: write transactions are IMMEDIATE and wait
/// for each other, readers never block. Every evaluation is committed in its own transaction
/// the moment it completes, so a process killed at any point loses at most the evaluation it
/// was running.
public struct StudyStore: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and applies any pending migration.
    /// - Parameter busyTimeoutSeconds: how long a write waits for another process's write.
    public init(path: String, busyTimeoutSeconds: Double = 60) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        configuration.prepareDatabase { db in
            // WAL makes a commit durable against a killed process without an fsync per
            // transaction; only a power loss can roll back the last few commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let lock = try SetupLock(beside: path)
        pool = try Self.naming(path) { try DatabasePool(path: path, configuration: configuration) }
        let migrator = StudySchema.migrator
        try Self.naming(path) { [pool] in
            if try pool.read(migrator.hasBeenSuperseded) {
                throw StudyError.cannotOpen(path: path, reason: "written by a newer version of Coforge (unknown schema migrations)")
            }
            try migrator.migrate(pool)
        }
        _ = consume lock
    }

    /// The identifiers of the migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try StudySchema.migrator.appliedMigrations(db) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.naming(path) { try pool.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.naming(path) { try pool.write(body) }
    }

    /// Runs `body`, turning any error but a `StudyError` into one that names the store.
    private static func naming<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StudyError {
            throw error
        } catch {
            throw StudyError.cannotOpen(path: path, reason: reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }
}
