/// Dense linear systems.
enum LinearSystem {
    /// The solution x of A x = b for the n × n row-major `matrix` A (overwritten), by Gaussian
    /// elimination with partial pivoting; `nil` if A is singular to working precision.
    /// - Complexity: O(n³).
    static func solve(_ matrix: inout [Double], rightHandSide b: [Double]) -> [Double]? {
        let n = b.count
        var x = b
        for column in 0..<n {
            var pivot = column
            for r in (column + 1)..<max(n, column + 1) where abs(matrix[r * n + column]) > abs(matrix[pivot * n + column]) {
                pivot = r
            }
            guard abs(matrix[pivot * n + column]) > 1e-14 else { return nil }
            if pivot != column {
                for k in 0..<n { matrix.swapAt(pivot * n + k, column * n + k) }
                x.swapAt(pivot, column)
            }
            for r in (column + 1)..<max(n, column + 1) {
                let factor = matrix[r * n + column] / matrix[column * n + column]
                if factor == 0 { continue }
                for k in column..<n { matrix[r * n + k] -= factor * matrix[column * n + k] }
                x[r] -= factor * x[column]
            }
        }
        for r in stride(from: n - 1, through: 0, by: -1) {
            var value = x[r]
            for k in (r + 1)..<max(n, r + 1) { value -= matrix[r * n + k] * x[k] }
            x[r] = value / matrix[r * n + r]
        }
        return x
    }
}
