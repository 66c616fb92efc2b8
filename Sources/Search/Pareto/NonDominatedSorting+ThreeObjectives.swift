extension NonDominatedSorting {
    /// Three objectives: ENS-BS's binary search over fronts with each dominance test answered
    /// by a staircase instead of a scan (the approach of Jensen 2003 and Fortin, Grenier &
    /// Parizeau 2013 in three dimensions). Points are visited by increasing (f₁, f₂, f₃), so an
    /// earlier point q dominates p exactly when q's (f₂, f₃) weakly dominates p's and q ≠ p.
    /// Each front keeps the non-dominated (f₂, f₃) projections of its members sorted by f₂ (so
    /// f₃ falls), and "does front k dominate p" is a binary search for the last projection with
    /// f₂ ≤ p's.
    /// - Complexity: O(N log N log F) for F fronts, plus the shifts of the sorted staircases
    ///   (O(N) per insertion at worst, small in practice).
    static func staircaseSort(_ p: UnsafeBufferPointer<Double>, count n: Int) -> [[Int]] {
        let order = lexicographicOrder(p, count: n, dimension: 3)
        var fronts: [[Int]] = []
        var stairs: [ProjectionStaircase] = []
        for i in order {
            let point = (p[3 * i], p[3 * i + 1], p[3 * i + 2])
            var low = 0, high = fronts.count
            while low < high {
                let middle = (low + high) >> 1
                if stairs[middle].dominates(point) { low = middle + 1 } else { high = middle }
            }
            if low == fronts.count {
                fronts.append([i])
                stairs.append(ProjectionStaircase())
            } else {
                fronts[low].append(i)
            }
            stairs[low].insert(point)
        }
        return fronts
    }
}

/// The (f₂, f₃) projections of a front's members that no other projection weakly dominates,
/// sorted by increasing f₂ (hence decreasing f₃), each with the smallest f₁ seen for it.
struct ProjectionStaircase {
    private var f1: [Double] = []
    private var f2: [Double] = []
    private var f3: [Double] = []

    /// Index of the last projection with f₂ ≤ `value`, or -1.
    private func lastAtMost(_ value: Double) -> Int {
        var low = 0, high = f2.count
        while low < high {
            let middle = (low + high) >> 1
            if f2[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// Whether a member dominates `point`, given that every member precedes it
    /// lexicographically.
    func dominates(_ point: (Double, Double, Double)) -> Bool {
        let j = lastAtMost(point.1)
        guard j >= 0 else { return false }
        if f3[j] < point.2 { return true }
        if f3[j] > point.2 { return false }
        return f2[j] < point.1 || f1[j] < point.0
    }

    /// Adds a member no member dominates, dropping projections it weakly dominates.
    mutating func insert(_ point: (Double, Double, Double)) {
        let j = lastAtMost(point.1)
        if j >= 0 && f3[j] <= point.2 { return }  // an equal member is already there
        var end = j + 1
        while end < f2.count && f3[end] >= point.2 { end += 1 }
        let start = j >= 0 && f2[j] == point.1 ? j : j + 1
        f1.replaceSubrange(start..<end, with: [point.0])
        f2.replaceSubrange(start..<end, with: [point.1])
        f3.replaceSubrange(start..<end, with: [point.2])
    }
}
