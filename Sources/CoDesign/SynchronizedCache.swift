import Foundation

/// A dictionary shared by concurrent evaluations: the value of a key is computed at most once
/// per miss outside the lock (two threads may race on the same miss; the first result stored wins).
final class SynchronizedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    var count: Int { lock.withLock { values.count } }

    func value(for key: Key, compute: () throws -> Value) rethrows -> Value {
        if let hit = lock.withLock({ values[key] }) { return hit }
        let computed = try compute()
        return lock.withLock {
            if let stored = values[key] { return stored }
            values[key] = computed
            return computed
        }
    }
}
