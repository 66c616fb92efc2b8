extension ReferenceDirectionSurvival {
    /// Updates the ideal, worst and extreme points with this generation's feasible `population`
    /// and returns the nadir estimate: the intercepts of the hyperplane through the extreme
    /// points (Deb & Jain 2014, §IV-C), falling back to the worst point of the first front when
    /// the plane is degenerate, capped by the worst point seen, and replaced by the
    /// population's worst value on an axis whose range would be under 10⁻⁶.
    /// - Complexity: O(N M + M³).
    mutating func updateNormalization(_ table: FitnessTable, population: [Int], firstFront: [Int]) -> [Double] {
        let m = table.objectiveCount
        if idealPoint.isEmpty {
            idealPoint = Array(repeating: .infinity, count: m)
            worstPoint = Array(repeating: -.infinity, count: m)
        }
        var worstOfPopulation = Array(repeating: -Double.infinity, count: m)
        var worstOfFront = worstOfPopulation
        for i in population {
            for k in 0..<m {
                idealPoint[k] = min(idealPoint[k], table.value(i, k))
                worstPoint[k] = max(worstPoint[k], table.value(i, k))
                worstOfPopulation[k] = max(worstOfPopulation[k], table.value(i, k))
            }
        }
        for i in firstFront {
            for k in 0..<m { worstOfFront[k] = max(worstOfFront[k], table.value(i, k)) }
        }
        updateExtremePoints(table, firstFront: firstFront)
        var nadir = hyperplaneNadir() ?? worstOfFront
        for k in 0..<m {
            if nadir[k] - idealPoint[k] <= 1e-6 { nadir[k] = worstOfPopulation[k] }
        }
        return nadir
    }

    /// For each axis j, the candidate (previous extreme points and the first front) minimising
    /// the achievement scalarising function max(tⱼ, 10⁶ · tₖ for k ≠ j) of its translated
    /// objectives t (values under 10⁻³ count as 0).
    private mutating func updateExtremePoints(_ table: FitnessTable, firstFront: [Int]) {
        let m = table.objectiveCount
        var candidates = extremePoints
        for i in firstFront { candidates.append(contentsOf: table.row(i)) }
        var extremes: [Double] = []
        for axis in 0..<m {
            var best = 0, bestValue = Double.infinity
            for c in 0..<(candidates.count / m) {
                var value = -Double.infinity
                for k in 0..<m {
                    var t = candidates[c * m + k] - idealPoint[k]
                    if t < 1e-3 { t = 0 }
                    value = max(value, k == axis ? t : 1e6 * t)
                }
                if value < bestValue { best = c; bestValue = value }
            }
            extremes.append(contentsOf: candidates[(best * m)..<((best + 1) * m)])
        }
        extremePoints = extremes
    }

    /// ideal + intercepts of the plane through the extreme points, capped by the worst point;
    /// `nil` when the plane is singular or an intercept is under 10⁻⁶.
    private func hyperplaneNadir() -> [Double]? {
        let m = idealPoint.count
        var matrix = (0..<(m * m)).map { extremePoints[$0] - idealPoint[$0 % m] }
        guard let plane = LinearSystem.solve(&matrix, rightHandSide: Array(repeating: 1, count: m)) else { return nil }
        for r in 0..<m {
            var value = 0.0
            for k in 0..<m { value += (extremePoints[r * m + k] - idealPoint[k]) * plane[k] }
            if abs(value - 1) > 1e-8 + 1e-5 { return nil }
        }
        var nadir: [Double] = []
        for k in 0..<m {
            let intercept = 1 / plane[k]
            if !(intercept > 1e-6) { return nil }
            nadir.append(min(idealPoint[k] + intercept, worstPoint[k]))
        }
        return nadir
    }
}
