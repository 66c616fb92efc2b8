/// Pruning of a front of three or more objectives by nearest neighbours (Kukkonen & Deb 2006,
/// "A fast and effective method for pruning of non-dominated solutions in many-objective
/// problems"): objectives are normalised by the front's range, each member is scored by the
/// product of its distances to its M nearest living neighbours, and the member of smallest
/// product is removed, one at a time, rescoring the members that had it as a neighbour
/// (products of squared distances, which order the members the same way). Crowding distance
/// treats objectives one at a time and spreads poorly beyond two; the product of neighbour
/// distances sees the whole neighbourhood.
public enum NeighbourPruning {
    /// Positions in `front` kept (in front order) and their scores (products of squared
    /// neighbour distances) after pruning. Members with an extreme value in some objective score
    /// infinity and are never removed while others remain. Ties go by `tieBreak` (smaller
    /// leaves first).
    /// - Complexity: O(M N log N) for the sweep order, O(M √(kN)) per neighbour list built (on a
    ///   front spread over a surface; O(M N) at worst), and O(N) per removal.
    public static func pruned(
        _ front: [Int], in table: FitnessTable, keeping count: Int, tieBreak: [UInt64]
    ) -> (positions: [Int], score: [Double]) {
        var pruner = NeighbourPruner(front, in: table)
        defer { pruner.deallocate() }
        pruner.prune(keeping: count, tieBreak: tieBreak)
        let kept = (0..<front.count).filter { pruner.alive[$0] }.sorted { pruner.order[$0] < pruner.order[$1] }
        return (kept.map { pruner.order[$0] }, kept.map { pruner.score[$0] })
    }
}
