extension CrowdingDistance {
    /// Thins `front` to `count` members by removing, one at a time, the member of smallest
    /// crowding distance and recomputing the distances of its neighbours (Kukkonen & Deb 2006,
    /// "Improved pruning of non-dominated solutions based on crowding distance for bi-objective
    /// optimization problems"); copies of an earlier member go first. A one-pass truncation
    /// removes neighbouring members together and leaves gaps; this keeps the spacing even.
    /// Ties (boundary members, equal distances) go by `tieBreak` (smaller leaves first).
    /// Returns the positions in `front` kept, in front order, and their crowding distances
    /// after pruning (on the scale of `of(_:in:)`).
    /// - Complexity: O(M N log N + (N − count) · (N + M)).
    public static func pruned(
        _ front: [Int], in table: FitnessTable, keeping count: Int, tieBreak: [UInt64]
    ) -> (positions: [Int], crowding: [Double]) {
        let n = front.count, m = table.objectiveCount
        let full = of(front, in: table)
        var alive = Array(repeating: true, count: n)
        var distance = full
        var remaining = n
        // Copies (distance 0 because equal to an earlier member) leave first.
        let copies = (0..<n).filter { full[$0] == 0 && isCopy($0, front, table) }
            .sorted { tieBreak[$0] < tieBreak[$1] }
        for position in copies where remaining > count {
            alive[position] = false
            remaining -= 1
        }
        var previous = Array(repeating: Array(repeating: -1, count: n), count: m)
        var next = previous
        var range = Array(repeating: 0.0, count: m)
        for k in 0..<m {
            let order = (0..<n).filter { alive[$0] }.sorted {
                let x = table.value(front[$0], k), y = table.value(front[$1], k)
                return x < y || (x == y && $0 < $1)
            }
            guard let first = order.first, let last = order.last else { continue }
            range[k] = table.value(front[last], k) - table.value(front[first], k)
            for (r, position) in order.enumerated() {
                previous[k][position] = r > 0 ? order[r - 1] : -1
                next[k][position] = r + 1 < order.count ? order[r + 1] : -1
            }
        }
        func recompute(_ position: Int) {
            var total = 0.0
            for k in 0..<m where range[k] > 0 {
                let p = previous[k][position], q = next[k][position]
                if p < 0 || q < 0 { total = .infinity; break }
                total += (table.value(front[q], k) - table.value(front[p], k)) / range[k]
            }
            distance[position] = total.isFinite ? total / Double(m) : total
        }
        if remaining < n { for position in 0..<n where alive[position] { recompute(position) } }
        while remaining > count {
            var victim = -1
            for position in 0..<n where alive[position] {
                if victim < 0 || distance[position] < distance[victim]
                    || (distance[position] == distance[victim] && tieBreak[position] < tieBreak[victim]) {
                    victim = position
                }
            }
            alive[victim] = false
            remaining -= 1
            var touched: [Int] = []
            for k in 0..<m {
                let p = previous[k][victim], q = next[k][victim]
                if p >= 0 { next[k][p] = q; touched.append(p) }
                if q >= 0 { previous[k][q] = p; touched.append(q) }
            }
            for position in touched { recompute(position) }
        }
        let kept = (0..<n).filter { alive[$0] }
        return (kept, kept.map { distance[$0] })
    }

    private static func isCopy(_ position: Int, _ front: [Int], _ table: FitnessTable) -> Bool {
        (0..<position).contains { other in
            (0..<table.objectiveCount).allSatisfy { table.value(front[other], $0) == table.value(front[position], $0) }
        }
    }
}
