/// NSGA-II's crowding distance (Deb et al. 2002): how much room a point has on its front. For
/// each objective the front is sorted, boundary points get infinity, and an interior point adds
/// the gap between its two neighbours divided by the objective's range; the sum is divided by
/// the number of objectives (as pymoo does, which leaves the order unchanged).
///
/// Points equal to an earlier point of the front get 0 and are left out when the others are
/// computed, so copies never look isolated (pymoo's `filter_out_duplicates`). An objective
/// whose range on the front is 0 contributes nothing. A front of one or two distinct points
/// is all boundary.
public enum CrowdingDistance {
    /// The crowding distance of each member of `front` (indices into `table`), in `front` order.
    /// - Complexity: O(M N log N) for a front of N points with M objectives.
    public static func of(_ front: [Int], in table: FitnessTable) -> [Double] {
        let n = front.count, m = table.objectiveCount
        if n <= 2 { return Array(repeating: .infinity, count: n) }
        return table.objectives.withUnsafeBufferPointer { f in
            var distance = Array(repeating: 0.0, count: n)
            let order = NonDominatedSorting.lexicographicOrder(f, dimension: m, rows: front)
            var unique: [Int] = []  // positions in `front`
            unique.reserveCapacity(n)
            for (rank, position) in order.enumerated() {
                if rank > 0 && equalRows(f, front[order[rank - 1]], front[position], m) { continue }
                unique.append(position)
            }
            if unique.count <= 2 {
                for position in unique { distance[position] = .infinity }
                return distance
            }
            var sorted = unique
            for k in 0..<m {
                sorted.sort { a, b in
                    let x = f[front[a] * m + k], y = f[front[b] * m + k]
                    return x < y || (x == y && a < b)
                }
                let low = f[front[sorted[0]] * m + k], high = f[front[sorted[sorted.count - 1]] * m + k]
                let range = high - low
                if range <= 0 { continue }
                distance[sorted[0]] = .infinity
                distance[sorted[sorted.count - 1]] = .infinity
                for r in 1..<(sorted.count - 1) {
                    let gap = f[front[sorted[r + 1]] * m + k] - f[front[sorted[r - 1]] * m + k]
                    distance[sorted[r]] += gap / range
                }
            }
            let scale = 1 / Double(m)
            for position in unique where distance[position].isFinite { distance[position] *= scale }
            return distance
        }
    }

    private static func equalRows(_ f: UnsafeBufferPointer<Double>, _ a: Int, _ b: Int, _ m: Int) -> Bool {
        for k in 0..<m where f[a * m + k] != f[b * m + k] { return false }
        return true
    }
}
