import Foundation

/// Counts calls made from `@Sendable` closures (cost-model factories, accuracy sources).
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0

    var count: Int { lock.withLock { calls } }

    func tick() { lock.withLock { calls += 1 } }
}
