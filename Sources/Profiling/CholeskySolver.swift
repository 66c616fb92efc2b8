/// Solves G z = b for a symmetric positive-definite G given by its lower triangle (row-major,
/// `size × size`); the small dense systems of `RelativeRegression`.
enum CholeskySolver {
    /// - Complexity: O(size³).
    static func solve(gram: [Double], rhs: [Double], size m: Int) -> [Double] {
        var l = [Double](repeating: 0, count: m * m)
        for i in 0..<m {
            for j in 0...i {
                var sum = gram[i * m + j]
                for k in 0..<j { sum -= l[i * m + k] * l[j * m + k] }
                if i == j {
                    l[i * m + i] = sum > 0 ? sum.squareRoot() : .leastNonzeroMagnitude.squareRoot()
                } else {
                    l[i * m + j] = sum / l[j * m + j]
                }
            }
        }
        var z = rhs
        for i in 0..<m {
            for k in 0..<i { z[i] -= l[i * m + k] * z[k] }
            z[i] /= l[i * m + i]
        }
        for i in stride(from: m - 1, through: 0, by: -1) {
            for k in (i + 1)..<m { z[i] -= l[k * m + i] * z[k] }
            z[i] /= l[i * m + i]
        }
        return z
    }
}
