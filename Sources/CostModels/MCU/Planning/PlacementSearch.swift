/// The branch and bound of `ArenaPlanner` over first-fit placement orders.
struct PlacementSearch {
    let requests: [BufferRequest]
    let lowerBound: Int
    private(set) var bestBytes: Int
    private(set) var bestOffsets: [Int]?
    private var work = 0
    let workBudget: Int

    init(requests: [BufferRequest], lowerBound: Int, bestBytes: Int, workBudget: Int) {
        self.requests = requests
        self.lowerBound = lowerBound
        self.bestBytes = bestBytes
        self.workBudget = workBudget
    }

    var isDone: Bool { bestBytes <= lowerBound || work >= workBudget }

    mutating func run() {
        descend(FirstFitPlacement(requests: requests), remaining: Array(requests.indices), last: nil)
    }

    /// - Complexity: O(remaining × placed) per node.
    private mutating func descend(_ placement: FirstFitPlacement, remaining: [Int], last: Int?) {
        if isDone { return }
        guard !remaining.isEmpty else {
            if placement.topBytes < bestBytes {
                bestBytes = placement.topBytes
                bestOffsets = placement.offsets.map { $0 ?? 0 }
            }
            return
        }
        work += remaining.count * max(1, placement.placed.count)
        var bound = max(placement.topBytes, lowerBound)
        var children: [(index: Int, offset: Int)] = []
        children.reserveCapacity(remaining.count)
        for i in remaining {
            let offset = placement.lowestOffset(for: i)
            bound = max(bound, offset + requests[i].sizeBytes)
            children.append((i, offset))
        }
        if bound >= bestBytes { return }
        children.sort { ($0.offset, -requests[$0.index].sizeBytes, $0.index) < ($1.offset, -requests[$1.index].sizeBytes, $1.index) }
        for child in children {
            // Buffers not live together commute: try them only in index order.
            if let last, child.index < last, !requests[child.index].overlapsInTime(requests[last]) { continue }
            var next = placement
            next.place(child.index)
            descend(next, remaining: remaining.filter { $0 != child.index }, last: child.index)
            if isDone { return }
        }
    }
}
