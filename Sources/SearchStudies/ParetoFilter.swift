/// The non-dominated members of a set of objective vectors, all to be minimised.
///
/// A stop-gap until the output uses `Search`'s non-dominated sorting: a plain pairwise scan.
/// - Complexity: O(n² · m) for n vectors of m objectives.
enum ParetoFilter {
    /// Indices of the vectors no other vector dominates, in input order. Equal vectors do not
    /// dominate each other, so duplicates all stay.
    static func nonDominated(_ points: [[Double]]) -> [Int] {
        points.indices.filter { candidate in
            !points.indices.contains { other in
                other != candidate && dominates(points[other], points[candidate])
            }
        }
    }

    /// True when `a` is no worse than `b` in every objective and better in one.
    static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        var better = false
        for (x, y) in zip(a, b) {
            if x > y { return false }
            if x < y { better = true }
        }
        return better
    }
}
