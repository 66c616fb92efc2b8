/// Non-negative ridge regression on relative error, the fit behind every calibrated latency model.
///
/// Minimises Σᵢ ρ(xᵢ·θ / yᵢ − 1) + λ Σⱼ₌₁ sⱼ² (θⱼ − θ⁰ⱼ)², where ρ is the square or the absolute value,
/// so that a 1 ms network weighs as much as a 100 ms one (the metrics that matter, MAPE and the
/// share within ±10 %, are relative). The penalty skips column 0 (the intercept) and scales each
/// other column by sⱼ, the root mean square of xᵢⱼ / yᵢ, so λ means the same whatever the units.
/// The prior θ⁰ is 0 (plain ridge) unless given: correction factors on a profile's predictions
/// shrink toward 1.
/// Coefficients of columns 1… are kept non-negative by an active set: a column whose coefficient
/// comes out negative leaves the fit, which is repeated (Lawson & Hanson 1974, ch. 23, in its
/// simplest form). The absolute loss runs by iteratively reweighted least squares (weights
/// 1 / max(|rᵢ|, ε); Holland & Welsch 1977).
public struct RelativeRegression: Sendable {
    public enum Loss: String, CaseIterable, Codable, Sendable {
        case squared
        case absolute
    }

    public var ridge: Double
    public var loss: Loss
    /// θ⁰, one entry per column (column 0's is ignored); `nil` means all zeros.
    public var prior: [Double]?
    /// Whether column 0 is a free intercept; if not, its coefficient is 0.
    public var fitsIntercept = true
    public var reweightingRounds = 30
    /// Floor of |rᵢ| in the reweighting, so exact fits do not get infinite weight.
    public var residualFloor = 0.01

    public init(ridge: Double, loss: Loss, prior: [Double]? = nil, fitsIntercept: Bool = true) {
        self.ridge = ridge
        self.loss = loss
        self.prior = prior
        self.fitsIntercept = fitsIntercept
    }

    /// Coefficients θ for the rows `x` (each starting with the intercept's 1) and positive targets `y`.
    ///
    /// - Complexity: O(R · A · (n p² + p³)) for n rows, p columns, R reweighting rounds and A
    ///   active-set passes (A ≤ p).
    public func fit(_ x: [[Double]], _ y: [Double]) -> [Double] {
        precondition(!x.isEmpty && x.count == y.count && y.allSatisfy { $0 > 0 }, "fit needs rows and positive targets")
        let p = x[0].count
        let relative = zip(x, y).map { row, target in row.map { $0 / target } }
        let scale = (0..<p).map { j in
            (relative.reduce(0) { $0 + $1[j] * $1[j] } / Double(relative.count)).squareRoot()
        }
        var active = (0..<p).map { j in j == 0 ? fitsIntercept : scale[j] > 0 }
        var weights = [Double](repeating: 1, count: x.count)
        var theta = [Double](repeating: 0, count: p)
        let rounds = loss == .squared ? 1 : reweightingRounds
        for _ in 0..<rounds {
            while true {
                theta = solve(relative, weights: weights, scale: scale, active: active)
                guard let worst = (1..<p).filter({ active[$0] && theta[$0] < 0 }).min(by: { theta[$0] < theta[$1] })
                else { break }
                active[worst] = false
            }
            weights = relative.map { row in
                1 / max(abs(zip(row, theta).reduce(0) { $0 + $1.0 * $1.1 } - 1), residualFloor)
            }
        }
        return theta
    }

    /// The weighted ridge normal equations over the active columns, solved by Cholesky.
    private func solve(_ a: [[Double]], weights: [Double], scale: [Double], active: [Bool]) -> [Double] {
        let columns = active.indices.filter { active[$0] }
        let m = columns.count
        var gram = [Double](repeating: 0, count: m * m)
        var rhs = [Double](repeating: 0, count: m)
        for (row, w) in zip(a, weights) {
            for (u, cu) in columns.enumerated() {
                rhs[u] += w * row[cu]
                for (v, cv) in columns.enumerated() where v <= u { gram[u * m + v] += w * row[cu] * row[cv] }
            }
        }
        for (u, cu) in columns.enumerated() {
            // A tiny floor keeps the intercept-only and collinear systems positive definite.
            let penalty = cu == 0 ? 0 : ridge * scale[cu] * scale[cu]
            gram[u * m + u] += penalty + 1e-12 * max(gram[u * m + u], 1e-300)
            rhs[u] += penalty * (prior?[cu] ?? 0)
        }
        let solution = CholeskySolver.solve(gram: gram, rhs: rhs, size: m)
        var theta = [Double](repeating: 0, count: active.count)
        for (u, cu) in columns.enumerated() { theta[cu] = solution[u] }
        return theta
    }
}
