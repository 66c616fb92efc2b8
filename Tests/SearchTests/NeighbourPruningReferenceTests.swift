import Testing
@testable import Search

/// `NeighbourPruning` (sweep-built neighbour lists, updated incrementally) against the
/// definition computed from scratch after every removal: normalise by the front's range, score
/// each living member by the product of squared distances to its M nearest living members
/// (infinity for a member extreme in some objective), remove the smallest score (ties by
/// `tieBreak`).
@Suite struct NeighbourPruningReferenceTests {
    static func reference(_ points: [[Double]], keeping count: Int, tieBreak: [UInt64]) -> [Int] {
        let n = points.count, m = points[0].count
        var x = points
        var extreme = Array(repeating: false, count: n)
        for j in 0..<m {
            let low = points.map { $0[j] }.min()!, high = points.map { $0[j] }.max()!
            guard high > low else { for i in 0..<n { x[i][j] = 0 }; continue }
            for i in 0..<n {
                x[i][j] = (points[i][j] - low) / (high - low)
                if x[i][j] == 0 || x[i][j] == 1 { extreme[i] = true }
            }
        }
        func distance(_ a: Int, _ b: Int) -> Double { (0..<m).reduce(0) { $0 + (x[a][$1] - x[b][$1]) * (x[a][$1] - x[b][$1]) } }
        var alive = Array(0..<n)
        while alive.count > count {
            let k = min(m, alive.count - 1)
            func score(_ a: Int) -> Double {
                if extreme[a] { return .infinity }
                return alive.filter { $0 != a }.map { distance(a, $0) }.sorted().prefix(k).reduce(1, *)
            }
            let victim = alive.min { score($0) < score($1) || (score($0) == score($1) && tieBreak[$0] < tieBreak[$1]) }!
            alive.removeAll { $0 == victim }
        }
        return alive
    }

    @Test(arguments: [(40, 3, 20, 1), (60, 3, 13, 2), (25, 4, 24, 3), (50, 3, 1, 4), (30, 2, 10, 5)])
    func matchesTheDefinition(size: Int, objectives: Int, keep: Int, seed: UInt64) {
        var g = TestGenerator(state: seed)
        // Points on the unit sphere's positive part, a few of them repeated.
        var points = (0..<size).map { _ in
            let v = (0..<objectives).map { _ in Double.random(in: 0.01...1, using: &g) }
            let length = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return v.map { $0 / length }
        }
        points[1] = points[0]
        let table = FitnessTable(minimized: points.flatMap { $0 }, objectiveCount: objectives)
        let tieBreak = (0..<size).map { _ in g.next() }
        let (kept, _) = NeighbourPruning.pruned(Array(0..<size), in: table, keeping: keep, tieBreak: tieBreak)
        #expect(kept == Self.reference(points, keeping: keep, tieBreak: tieBreak))
    }
}
