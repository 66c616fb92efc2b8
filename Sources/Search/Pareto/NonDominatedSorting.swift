/// Non-dominated sorting: the partition of a set of points into Pareto fronts, front 0 being
/// the points no other point dominates, front k the points dominated only from fronts < k.
///
/// Two objectives use Jensen's sweep (Jensen 2003, "Reducing the run-time complexity of
/// multiobjective EAs: the NSGA-II and other algorithms"), O(N log N) for all fronts. More use
/// the efficient non-dominated sort with binary search, ENS-BS (Zhang, Tian, Cheng & Jin 2015,
/// "An efficient approach to nondominated sorting for evolutionary multiobjective
/// optimization"), which compares a point only with points earlier in lexicographic order; for
/// three objectives each comparison with a front is a binary search in a staircase.
public enum NonDominatedSorting {
    /// The fronts of `count` points of `dimension` minimised objectives, stored row by row in
    /// `points`. Each front lists point indices in lexicographic order of the points; equal
    /// points share a front.
    /// - Complexity: O(N log N) for two objectives; O(N log N log F) plus staircase shifts for
    ///   three; O(M N²) in the worst case and close to O(M N log N) on typical populations
    ///   for M ≥ 4 (ENS-BS).
    public static func fronts(_ points: [Double], dimension: Int) -> [[Int]] {
        precondition(dimension > 0 && points.count % dimension == 0)
        let n = points.count / dimension
        if n == 0 { return [] }
        return points.withUnsafeBufferPointer { p in
            switch dimension {
            case 1: sweepOneObjective(p, count: n)
            case 2: sweepTwoObjectives(p, count: n)
            case 3: staircaseSort(p, count: n)
            default: efficientBinarySearch(p, count: n, dimension: dimension)
            }
        }
    }

    /// Deb's constrained fronts of `table`: the Pareto fronts of its feasible individuals, then
    /// one front per distinct (standing, violation) of the others, best first. Rank `r` of an
    /// individual is the index of its front.
    /// - Complexity: that of `fronts` on the feasible rows, plus O(N log N).
    public static func constrainedFronts(_ table: FitnessTable) -> [[Int]] {
        var result = fronts(of: table.feasibleIndices, in: table)
        let infeasible = (0..<table.count).filter { table.standing[$0] != .feasible }
            .sorted { table.infeasibleRanksBefore($0, $1) || (!table.infeasibleRanksBefore($1, $0) && $0 < $1) }
        var start = 0
        while start < infeasible.count {
            var end = start + 1
            while end < infeasible.count && !table.infeasibleRanksBefore(infeasible[start], infeasible[end]) {
                end += 1
            }
            result.append(Array(infeasible[start..<end]))
            start = end
        }
        return result
    }

    /// The Pareto fronts of the rows `rows` of `table` (feasible ones), as indices into `table`.
    /// - Complexity: that of `fronts(_:dimension:)` on `rows.count` points.
    public static func fronts(of rows: [Int], in table: FitnessTable) -> [[Int]] {
        if rows.count == table.count && rows.elementsEqual(0..<table.count) {
            return fronts(table.objectives, dimension: table.objectiveCount)
        }
        var packed: [Double] = []
        packed.reserveCapacity(rows.count * table.objectiveCount)
        for i in rows { packed.append(contentsOf: table.row(i)) }
        return fronts(packed, dimension: table.objectiveCount).map { $0.map { rows[$0] } }
    }

    /// Rank (front index) of every point, from `fronts` over `count` points.
    public static func ranks(of fronts: [[Int]], count: Int) -> [Int] {
        var rank = Array(repeating: 0, count: count)
        for (r, front) in fronts.enumerated() {
            for i in front { rank[i] = r }
        }
        return rank
    }

    /// Positions into `rows` ordered by the lexicographic order of those rows of `p`
    /// (ties by position).
    static func lexicographicOrder(
        _ p: UnsafeBufferPointer<Double>, dimension m: Int, rows: [Int]
    ) -> [Int] {
        var order = Array(rows.indices)
        order.sort { a, b in
            let ra = rows[a] * m, rb = rows[b] * m
            for k in 0..<m {
                let x = p[ra + k], y = p[rb + k]
                if x != y { return x < y }
            }
            return a < b
        }
        return order
    }

    static func lexicographicOrder(_ p: UnsafeBufferPointer<Double>, count n: Int, dimension m: Int) -> [Int] {
        lexicographicOrder(p, dimension: m, rows: Array(0..<n))
    }

    private static func sweepOneObjective(_ p: UnsafeBufferPointer<Double>, count n: Int) -> [[Int]] {
        var fronts: [[Int]] = []
        var last = -Double.infinity
        for i in lexicographicOrder(p, count: n, dimension: 1) {
            if fronts.isEmpty || p[i] != last { fronts.append([]) }
            fronts[fronts.count - 1].append(i)
            last = p[i]
        }
        return fronts
    }
}
