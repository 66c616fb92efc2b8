/// A memory planner that never needs more arena than TFLite Micro's greedy-by-size planner and
/// reaches the optimum whenever its search can prove it.
///
/// The optimal arena (dynamic storage allocation) is NP-hard in general, but it is reached by
/// placing the buffers first-fit in the right order (`FirstFitPlacement`), and never needs less
/// than the most bytes live at one step (`liveBytesLowerBound`). The planner
/// 1. places the buffers in several orders (TFLM's size order, by first use, by lifetime, by
///    size × lifetime, by total size of the buffers they conflict with) and keeps the best;
/// 2. unless that reaches the lower bound, runs a depth-first branch and bound over placement
///    orders: a partial placement is cut when the highest of (its top, the lower bound, each
///    unplaced buffer's lowest offset + size) reaches the best arena found, since offsets only
///    rise as buffers are added; two buffers not live together commute, so they are only tried
///    in index order. The search stops at the lower bound or after `workBudget` elementary steps.
/// With a budget large enough for the n! orders the result is the optimum (the tests check it
/// against brute force on small sets).
/// - Complexity: O(k · n²) for the k orderings, plus at most `workBudget` steps of search.
public struct ArenaPlanner: Sendable {
    /// Elementary steps (a buffer offset looked up against a placed buffer) the search may take.
    public var workBudget: Int

    public init(workBudget: Int = 20_000_000) {
        self.workBudget = workBudget
    }

    public func plan(_ requests: [BufferRequest]) -> MemoryPlan {
        let greedy = GreedyBySizePlanner.plan(requests)
        var best = greedy
        let lowerBound = greedy.lowerBoundBytes
        for (name, order) in Self.orderings(requests) where best.arenaBytes > lowerBound {
            let plan = MemoryPlan(requests: requests, offsets: FirstFitPlacement.offsets(requests, order: order), strategy: name)
            if plan.arenaBytes < best.arenaBytes { best = plan }
        }
        guard best.arenaBytes > lowerBound, !requests.isEmpty else { return best }
        var search = PlacementSearch(requests: requests, lowerBound: lowerBound, bestBytes: best.arenaBytes, workBudget: workBudget)
        search.run()
        if let offsets = search.bestOffsets, search.bestBytes < best.arenaBytes {
            best = MemoryPlan(requests: requests, offsets: offsets, strategy: "branch-and-bound")
        }
        return best
    }

    /// The placement orders tried before the search, by name.
    static func orderings(_ r: [BufferRequest]) -> [(String, [Int])] {
        let conflict = r.map { a in r.reduce(0) { $0 + (a.overlapsInTime($1) ? $1.sizeBytes : 0) } }
        let length = r.map { $0.lastStep - $0.firstStep + 1 }
        func by(_ keys: (Int) -> [Int]) -> [Int] {
            r.indices.sorted { a, b in
                let ka = keys(a), kb = keys(b)
                return ka.lexicographicallyPrecedes(kb) || (ka == kb && a < b)
            }
        }
        return [
            ("size-then-first-use", by { [-r[$0].sizeBytes, r[$0].firstStep] }),
            ("first-use-then-size", by { [r[$0].firstStep, -r[$0].sizeBytes] }),
            ("lifetime-then-size", by { [-length[$0], -r[$0].sizeBytes] }),
            ("size-times-lifetime", by { [-r[$0].sizeBytes * length[$0], -r[$0].sizeBytes] }),
            ("conflict-then-size", by { [-conflict[$0], -r[$0].sizeBytes] }),
        ]
    }
}
