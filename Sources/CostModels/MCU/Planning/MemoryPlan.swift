/// Offsets of a set of buffers in one arena, the arena size they need, and how good that is.
///
/// Buffers are in the order of the requests the plan was made for, so a caller (the C exporter)
/// finds buffer `i` at `buffers[i].offsetBytes`.
public struct MemoryPlan: Hashable, Sendable, Codable {
    public var buffers: [PlacedBuffer]
    /// The highest byte any buffer reaches: the arena the plan needs.
    public var arenaBytes: Int
    /// The most bytes live at one step (`liveBytesLowerBound`): no plan needs less.
    public var lowerBoundBytes: Int
    /// Which planner made the plan and, for the optimising planner, which ordering won.
    public var strategy: String

    public init(requests: [BufferRequest], offsets: [Int], strategy: String) {
        precondition(requests.count == offsets.count)
        buffers = zip(requests, offsets).map { PlacedBuffer($0, offsetBytes: $1) }
        arenaBytes = buffers.map(\.endBytes).max() ?? 0
        lowerBoundBytes = requests.liveBytesLowerBound
        self.strategy = strategy
    }

    /// Whether the plan is known optimal: it reaches the live-bytes lower bound.
    public var isOptimal: Bool { arenaBytes == lowerBoundBytes }

    /// The first pair of buffers live together that share bytes, if any (a valid plan has none).
    /// - Complexity: O(n²).
    public func firstCollision() -> (Int, Int)? {
        for i in buffers.indices {
            for j in buffers.indices where j > i && buffers[i].collides(with: buffers[j]) { return (i, j) }
        }
        return nil
    }
}
