extension Hypervolume {
    /// WFG (While, Bradstreet & Barone 2012, "A fast way of calculating exact hypervolumes")
    /// with slicing on the last objective: with the points sorted worst-first on objective d,
    /// every later point is no worse there than the current point p, so the region p adds to
    /// the later points is (r_d − p_d) times p's exclusive hypervolume in the first d − 1
    /// objectives; that exclusive part is p's box minus the hypervolume of the limit set
    /// {max(p, q)} of the later points q, reduced to its non-dominated members.
    /// - Complexity: exponential in d in the worst case; fast on fronts of a few hundred
    ///   points in 4–6 objectives.
    static func wfg(_ p: [Double], reference r: [Double]) -> Double {
        let d = r.count
        let n = p.count / d
        let order = (0..<n).sorted { p[$0 * d + d - 1] > p[$1 * d + d - 1] }
        let lower = Array(r.prefix(d - 1))
        var volume = 0.0
        var limit: [Double] = []
        for (position, i) in order.enumerated() {
            let row = i * d
            var box = 1.0
            for k in 0..<(d - 1) { box *= r[k] - p[row + k] }
            limit.removeAll(keepingCapacity: true)
            for j in order[(position + 1)...] {
                for k in 0..<(d - 1) { limit.append(max(p[row + k], p[j * d + k])) }
            }
            let covered = limit.isEmpty ? 0 : of(flat: nondominated(limit, dimension: d - 1), reference: lower)
            volume += (r[d - 1] - p[row + d - 1]) * (box - covered)
        }
        return volume
    }

    /// The rows of `p` no other row weakly dominates (one copy of equal rows).
    /// - Complexity: O(n log n + n k d) for k surviving rows.
    static func nondominated(_ p: [Double], dimension d: Int) -> [Double] {
        let n = p.count / d
        let order = p.withUnsafeBufferPointer { NonDominatedSorting.lexicographicOrder($0, count: n, dimension: d) }
        var kept: [Double] = []
        kept.reserveCapacity(p.count)
        for i in order {
            var dominated = false
            var start = 0
            while start < kept.count && !dominated {
                dominated = true
                for k in 0..<d where kept[start + k] > p[i * d + k] { dominated = false; break }
                start += d
            }
            if !dominated { kept.append(contentsOf: p[(i * d)..<((i + 1) * d)]) }
        }
        return kept
    }
}
