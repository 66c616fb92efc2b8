import Search

/// A surrogate for the NB201 budget problem: accuracy from a ridge regression on the one-hot
/// encoding of the six edge operations (the usual NB201 baseline predictor), with the
/// prediction's standard error as uncertainty; latency from the cost model (the latency table)
/// with no uncertainty.
struct NB201LinearSurrogate: Surrogate {
    let oracle: NB201Oracle
    var ridge = 1.0
    private var weights: [Double] = []
    private var inverse: [Double] = []
    private var residualDeviation = 0.0

    init(oracle: NB201Oracle, ridge: Double) {
        self.oracle = oracle
        self.ridge = ridge
    }

    static func features(_ genome: [Int]) -> [Double] {
        var x = [Double](repeating: 0, count: 31)
        x[0] = 1
        for (edge, op) in genome.enumerated() { x[1 + edge * 5 + op] = 1 }
        return x
    }

    mutating func fit(_ evaluated: [Individual<[Int]>]) throws {
        let p = 31
        var gram = [Double](repeating: 0, count: p * p)
        var xty = [Double](repeating: 0, count: p)
        let rows = evaluated.map { Self.features($0.genome) }
        let y = evaluated.map { $0.evaluation.objectives[0] }
        let mean = y.reduce(0, +) / Double(y.count)
        for (row, value) in zip(rows, y) {
            for i in 0..<p where row[i] != 0 {
                xty[i] += value - mean
                for j in 0..<p where row[j] != 0 { gram[i * p + j] += 1 }
            }
        }
        for i in 1..<p { gram[i * p + i] += ridge }
        gram[0] += 1e-9
        inverse = try Cholesky.inverse(gram, size: p)
        weights = (0..<p).map { r in (0..<p).reduce(0.0) { $0 + inverse[r * p + $1] * xty[$1] } }
        weights[0] += mean
        let residuals = zip(rows, y).map { row, value in value - zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } }
        residualDeviation = (residuals.reduce(0) { $0 + $1 * $1 } / Double(max(rows.count - 1, 1))).squareRoot()
    }

    func predict(_ genome: [Int]) throws -> SurrogatePrediction {
        let x = Self.features(genome)
        let active = x.indices.filter { x[$0] != 0 }
        var leverage = 0.0
        for i in active { for j in active { leverage += inverse[i * 31 + j] } }
        let mean = active.reduce(0.0) { $0 + weights[$1] }
        return SurrogatePrediction(
            objectives: [mean, oracle.latencyMilliseconds[NB201Oracle.index(genome)]],
            uncertainty: [residualDeviation * (1 + max(leverage, 0)).squareRoot(), 0])
    }
}

/// Inverse of a symmetric positive-definite matrix by Cholesky factorisation.
enum Cholesky {
    static func inverse(_ a: [Double], size n: Int) throws -> [Double] {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0 else { throw BenchError("ridge system is not positive definite") }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var result = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            var z = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var sum = i == column ? 1.0 : 0
                for k in 0..<i { sum -= l[i * n + k] * z[k] }
                z[i] = sum / l[i * n + i]
            }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = z[i]
                for k in (i + 1)..<n { sum -= l[k * n + i] * result[k * n + column] }
                result[i * n + column] = sum / l[i * n + i]
            }
        }
        return result
    }
}
