@testable import Search

/// Ridge regression of each objective on the genome's variables (with an intercept): a real,
/// if simple, surrogate. Uncertainty is the prediction's standard error,
/// σ̂ √(1 + xᵀ(XᵀX + λI)⁻¹x), with σ̂ the residual standard deviation of the fit.
struct LinearSurrogate: Surrogate {
    /// The ridge system could not be solved.
    struct SingularFit: Error {}

    var ridge = 1e-6
    private(set) var coefficients: [[Double]] = []
    private(set) var residualDeviation: [Double] = []
    private(set) var inverseGram: [Double] = []

    mutating func fit(_ evaluated: [Individual<[Double]>]) throws {
        let rows = evaluated.map { [1] + $0.genome }
        let p = rows[0].count
        var gram = Array(repeating: 0.0, count: p * p)
        for row in rows {
            for i in 0..<p { for j in 0..<p { gram[i * p + j] += row[i] * row[j] } }
        }
        for i in 0..<p { gram[i * p + i] += ridge }
        inverseGram = Array(repeating: 0, count: p * p)
        for column in 0..<p {
            var a = gram
            let unit = (0..<p).map { $0 == column ? 1.0 : 0 }
            guard let solution = LinearSystem.solve(&a, rightHandSide: unit) else { throw SingularFit() }
            for r in 0..<p { inverseGram[r * p + column] = solution[r] }
        }
        let objectiveCount = evaluated[0].evaluation.objectives.count
        coefficients = []
        residualDeviation = []
        for k in 0..<objectiveCount {
            let y = evaluated.map { $0.evaluation.objectives[k] }
            var xty = Array(repeating: 0.0, count: p)
            for (row, value) in zip(rows, y) { for i in 0..<p { xty[i] += row[i] * value } }
            let beta = (0..<p).map { r in (0..<p).reduce(0.0) { $0 + inverseGram[r * p + $1] * xty[$1] } }
            let residuals = zip(rows, y).map { row, value in value - zip(row, beta).reduce(0) { $0 + $1.0 * $1.1 } }
            coefficients.append(beta)
            residualDeviation.append((residuals.reduce(0) { $0 + $1 * $1 } / Double(max(rows.count - p, 1))).squareRoot())
        }
    }

    func predict(_ genome: [Double]) throws -> SurrogatePrediction {
        let x = [1] + genome
        let p = x.count
        var leverage = 0.0
        for i in 0..<p { for j in 0..<p { leverage += x[i] * inverseGram[i * p + j] * x[j] } }
        return SurrogatePrediction(
            objectives: coefficients.map { zip($0, x).reduce(0) { $0 + $1.0 * $1.1 } },
            uncertainty: residualDeviation.map { $0 * (1 + max(leverage, 0)).squareRoot() })
    }
}
