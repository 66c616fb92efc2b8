import Foundation

/// Result slots written from several threads.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Double]?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    var values: [[Double]?] { lock.withLock { slots } }

    func set(_ index: Int, _ value: [Double]?) { lock.withLock { slots[index] = value } }
}
