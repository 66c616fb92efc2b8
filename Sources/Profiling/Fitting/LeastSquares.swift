/// Ordinary least squares with a small ridge, through the normal equations.
enum LeastSquares {
    /// β minimising ‖Xβ − y‖² + ridge · trace(XᵀX)/p · ‖β‖² for the rows of X.
    ///
    /// - Complexity: O(n · p² + p³).
    static func solve(rows: [[Double]], targets: [Double], ridge: Double) -> [Double] {
        let p = rows.first?.count ?? 0
        var gram = [Double](repeating: 0, count: p * p)
        var rhs = [Double](repeating: 0, count: p)
        for (row, y) in zip(rows, targets) {
            for i in 0..<p {
                rhs[i] += row[i] * y
                for j in 0...i { gram[i * p + j] += row[i] * row[j] }
            }
        }
        let trace = (0..<p).reduce(0) { $0 + gram[$1 * p + $1] }
        for i in 0..<p { gram[i * p + i] += ridge * trace / Double(max(p, 1)) }
        return CholeskySolver.solve(gram: gram, rhs: rhs, size: p)
    }
}
