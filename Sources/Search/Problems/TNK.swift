import Foundation

/// TNK (Tanaka et al. 1995, "GA-based decision support system for multicriteria
/// optimization"): minimise f = (x₁, x₂) over x₁ ∈ [0, π], x₂ ∈ [10⁻³⁰, π] subject to
/// x₁² + x₂² − 1 − 0.1 cos(16 arctan(x₁/x₂)) ≥ 0 and (x₁ − ½)² + (x₂ − ½)² ≤ ½ (written as
/// g ≤ 0 as in pymoo). The front is the non-dominated part of the wavy first boundary, in
/// several disconnected pieces.
public struct TNK: BenchmarkProblem, Hashable {
    public var operators: RealVariation

    public init() {
        operators = RealVariation(lowerBounds: [0, 1e-30], upperBounds: [Double.pi, Double.pi])
    }

    public var name: String { "tnk" }
    public var objectives: [Objective] { Self.minimizedObjectives(2) }
    public var constraintCount: Int { 2 }

    public func values(of x: [Double]) -> (objectives: [Double], constraints: [Double]) {
        let g1 = -(x[0] * x[0] + x[1] * x[1] - 1 - 0.1 * cos(16 * atan(x[0] / x[1])))
        let g2 = 2 * ((x[0] - 0.5) * (x[0] - 0.5) + (x[1] - 0.5) * (x[1] - 0.5)) - 1
        return ([x[0], x[1]], [g1, g2])
    }

    /// The first constraint's boundary r² = 1 + 0.1 cos 16θ (θ = arctan(x₁/x₂)) at 10,001
    /// evenly spaced angles in [0, π/2], kept where the second constraint holds and no other
    /// sample dominates.
    public func trueFront() -> [[Double]] {
        let samples = 10_000
        let boundary = (0...samples).compactMap { i -> [Double]? in
            let theta = Double.pi / 2 * Double(i) / Double(samples)
            let r = (1 + 0.1 * cos(16 * theta)).squareRoot()
            let x = [r * sin(theta), max(r * cos(theta), 1e-30)]
            return values(of: x).constraints[1] <= 0 ? x : nil
        }
        return ParetoFront.nondominated(boundary)
    }
}
