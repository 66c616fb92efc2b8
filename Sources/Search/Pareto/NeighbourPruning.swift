import Foundation

/// Pruning of a front of three or more objectives by nearest neighbours (Kukkonen & Deb 2006,
/// "A fast and effective method for pruning of non-dominated solutions in many-objective
/// problems"): objectives are normalised by the front's range, each member is scored by the
/// product of its distances to its M nearest living neighbours, and the member of smallest
/// product is removed, one at a time, rescoring the members that had it as a neighbour.
/// Crowding distance treats objectives one at a time and spreads poorly beyond two; the
/// product of neighbour distances sees the whole neighbourhood.
public enum NeighbourPruning {
    /// Positions in `front` kept (in front order) and their scores after pruning (members with
    /// an extreme value in some objective score infinity and are never removed while others
    /// remain). Ties go by `tieBreak` (smaller leaves first).
    /// - Complexity: O(M N²) for the distance matrix, plus O(N) per removal and O(N) per rescored
    ///   member.
    public static func pruned(
        _ front: [Int], in table: FitnessTable, keeping count: Int, tieBreak: [UInt64]
    ) -> (positions: [Int], score: [Double]) {
        let n = front.count, m = table.objectiveCount
        let k = min(m, n - 1)
        var low = Array(repeating: Double.infinity, count: m), high = Array(repeating: -Double.infinity, count: m)
        for i in front {
            for j in 0..<m {
                low[j] = min(low[j], table.value(i, j))
                high[j] = max(high[j], table.value(i, j))
            }
        }
        var distance = Array(repeating: 0.0, count: n * n)
        for a in 0..<n {
            for b in (a + 1)..<max(n, a + 1) {
                var sum = 0.0
                for j in 0..<m where high[j] > low[j] {
                    let d = (table.value(front[a], j) - table.value(front[b], j)) / (high[j] - low[j])
                    sum += d * d
                }
                distance[a * n + b] = sum.squareRoot()
                distance[b * n + a] = distance[a * n + b]
            }
        }
        let extreme = (0..<n).map { a in
            (0..<m).contains { j in high[j] > low[j] && (table.value(front[a], j) == low[j] || table.value(front[a], j) == high[j]) }
        }
        var alive = Array(repeating: true, count: n)
        var neighbours = Array(repeating: [Int](), count: n)
        var score = Array(repeating: 0.0, count: n)
        func rescore(_ a: Int) {
            var nearest: [Int] = []
            for b in 0..<n where b != a && alive[b] {
                if nearest.count < k {
                    nearest.append(b)
                    nearest.sort { distance[a * n + $0] < distance[a * n + $1] }
                } else if distance[a * n + b] < distance[a * n + nearest[k - 1]] {
                    nearest[k - 1] = b
                    nearest.sort { distance[a * n + $0] < distance[a * n + $1] }
                }
            }
            neighbours[a] = nearest
            score[a] = extreme[a] ? .infinity : nearest.reduce(1.0) { $0 * distance[a * n + $1] }
        }
        for a in 0..<n { rescore(a) }
        var remaining = n
        while remaining > count {
            var victim = -1
            for a in 0..<n where alive[a] {
                if victim < 0 || score[a] < score[victim] || (score[a] == score[victim] && tieBreak[a] < tieBreak[victim]) {
                    victim = a
                }
            }
            alive[victim] = false
            remaining -= 1
            for a in 0..<n where alive[a] && neighbours[a].contains(victim) { rescore(a) }
        }
        let kept = (0..<n).filter { alive[$0] }
        return (kept, kept.map { score[$0] })
    }
}
