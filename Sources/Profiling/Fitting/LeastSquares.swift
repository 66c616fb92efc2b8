/// Ordinary least squares with a small ridge, through the normal equations.
enum LeastSquares {
    /// A solved system: β, and the regularised Gram matrix XᵀX + ridge · trace(XᵀX)/p · I
    /// (lower triangle, row-major) for leverages.
    struct Fit {
        var coefficients: [Double]
        var gram: [Double]
        var size: Int

        /// The hat-matrix diagonal entry of a row: x (XᵀX + ridge)⁻¹ xᵀ.
        ///
        /// - Complexity: O(p³).
        func leverage(of row: [Double]) -> Double {
            let z = CholeskySolver.solve(gram: gram, rhs: row, size: size)
            return zip(row, z).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    /// β minimising ‖Xβ − y‖² + ridge · trace(XᵀX)/p · ‖β‖² for the rows of X.
    ///
    /// - Complexity: O(n · p² + p³).
    static func fit(rows: [[Double]], targets: [Double], ridge: Double) -> Fit {
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
        return Fit(coefficients: CholeskySolver.solve(gram: gram, rhs: rhs, size: p), gram: gram, size: p)
    }

    static func solve(rows: [[Double]], targets: [Double], ridge: Double) -> [Double] {
        fit(rows: rows, targets: targets, ridge: ridge).coefficients
    }
}
