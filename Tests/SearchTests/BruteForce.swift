@testable import Search

/// Slow, obviously correct references for the fast algorithms.
enum BruteForce {
    /// Fronts by repeatedly peeling the points no remaining point dominates.
    static func fronts(_ points: [[Double]]) -> [Set<Int>] {
        var remaining = Set(points.indices)
        var result: [Set<Int>] = []
        while !remaining.isEmpty {
            let front = remaining.filter { i in !remaining.contains { j in dominates(points[j], points[i]) } }
            result.append(front)
            remaining.subtract(front)
        }
        return result
    }

    static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { $0 <= $1 } && zip(a, b).contains { $0 < $1 }
    }

    /// Hypervolume of integer points in [0, side)^d with reference corner (side, …, side):
    /// the number of unit cells [c, c + 1] some point weakly dominates.
    static func gridHypervolume(_ points: [[Int]], side: Int) -> Double {
        let d = points[0].count
        var total = 0
        var cell = Array(repeating: 0, count: d)
        func visit(_ k: Int) {
            if k == d {
                if points.contains(where: { p in zip(p, cell).allSatisfy { $0 <= $1 } }) { total += 1 }
                return
            }
            for v in 0..<side {
                cell[k] = v
                visit(k + 1)
            }
        }
        visit(0)
        return Double(total)
    }
}
