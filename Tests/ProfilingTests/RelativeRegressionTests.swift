import Profiling
import Randomness
import Testing

@Suite struct RelativeRegressionTests {
    /// Rows [1, x₁, x₂] with y = 2 + 3 x₁ + 0.5 x₂ exactly.
    func exactData() -> (x: [[Double]], y: [Double]) {
        var rng = SeededGenerator(seed: 5)
        let x = (0..<12).map { _ in [1.0, Double.random(in: 1...10, using: &rng), Double.random(in: 1...100, using: &rng)] }
        return (x, x.map { 2 + 3 * $0[1] + 0.5 * $0[2] })
    }

    @Test(arguments: RelativeRegression.Loss.allCases)
    func recoversExactCoefficients(_ loss: RelativeRegression.Loss) {
        let (x, y) = exactData()
        let theta = RelativeRegression(ridge: 0, loss: loss).fit(x, y)
        for (got, want) in zip(theta, [2.0, 3, 0.5]) { #expect(abs(got - want) < 1e-6 * want) }
    }

    @Test func negativeCostsLeaveTheFit() {
        let (x, base) = exactData()
        let y = zip(x, base).map { $1 - 0.01 * $0[2] * $0[1] / 10 }
        let theta = RelativeRegression(ridge: 0, loss: .squared).fit(x.map { $0 + [$0[1] * $0[2]] }, y)
        #expect(theta[3] == 0)
        #expect(theta[1] > 0 && theta[2] > 0)
    }

    @Test func ridgeShrinksTowardZeroButNotTheIntercept() {
        let (x, y) = exactData()
        let loose = RelativeRegression(ridge: 1e-6, loss: .squared).fit(x, y)
        let tight = RelativeRegression(ridge: 100, loss: .squared).fit(x, y)
        #expect(tight[1] < loose[1] && tight[2] < loose[2])
        #expect(tight[0] > loose[0])
    }

    /// One wild measurement moves the absolute-loss fit far less than the squared one.
    @Test func absoluteLossResistsAnOutlier() {
        var (x, y) = exactData()
        y[0] *= 5
        let squared = RelativeRegression(ridge: 0, loss: .squared).fit(x, y)
        let absolute = RelativeRegression(ridge: 0, loss: .absolute).fit(x, y)
        #expect(abs(absolute[1] - 3) < abs(squared[1] - 3))
        #expect(abs(absolute[1] - 3) < 0.05)
    }
}

extension RelativeRegressionTests {
    /// A strong ridge pulls coefficients to the prior instead of to zero.
    @Test func ridgeShrinksTowardThePrior() {
        let (x, y) = exactData()
        let theta = RelativeRegression(ridge: 1e6, loss: .squared, prior: [0, 1, 1]).fit(x, y)
        #expect(abs(theta[1] - 1) < 1e-3 && abs(theta[2] - 1) < 1e-3)
    }
}
