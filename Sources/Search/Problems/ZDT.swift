import Foundation

/// The ZDT problems (Zitzler, Deb & Thiele 2000, "Comparison of multiobjective evolutionary
/// algorithms: empirical results"): n variables in [0, 1], f₁ = x₁,
/// g = 1 + 9/(n − 1) Σᵢ₌₂ⁿ xᵢ, f₂ = g · h(f₁, g) with
/// h = 1 − √(f₁/g) (ZDT1, convex front), 1 − (f₁/g)² (ZDT2, concave front),
/// 1 − √(f₁/g) − (f₁/g) sin(10π f₁) (ZDT3, five disconnected pieces). The front is g = 1.
public struct ZDT: BenchmarkProblem, Hashable {
    public enum Variant: Int, Codable, Sendable, Hashable {
        case one = 1, two, three
    }

    public var variant: Variant
    public var operators: RealVariation

    public init(_ variant: Variant, variableCount: Int = 30) {
        precondition(variableCount >= 2, "ZDT needs at least two variables")
        self.variant = variant
        operators = RealVariation(count: variableCount, lower: 0, upper: 1)
    }

    public var name: String { "zdt\(variant.rawValue)" }
    public var objectives: [Objective] { Self.minimizedObjectives(2) }

    public func values(of x: [Double]) -> (objectives: [Double], constraints: [Double]) {
        let f1 = x[0]
        var sum = 0.0
        for i in 1..<x.count { sum += x[i] }
        let g = 1 + 9 * sum / Double(x.count - 1)
        return ([f1, g * h(f1 / g, f1: f1)], [])
    }

    private func h(_ ratio: Double, f1: Double) -> Double {
        switch variant {
        case .one: 1 - ratio.squareRoot()
        case .two: 1 - ratio * ratio
        case .three: 1 - ratio.squareRoot() - ratio * sin(10 * Double.pi * f1)
        }
    }

    /// 100 points with f₁ evenly spaced on [0, 1]; for ZDT3, 20 on each of the five pieces
    /// (pymoo's intervals of f₁).
    public func trueFront() -> [[Double]] {
        let pieces: [(Double, Double)] = variant == .three
            ? [(0, 0.0830015349), (0.182228780, 0.2577623634), (0.4093136748, 0.4538821041),
               (0.6183967944, 0.6525117038), (0.8233317983, 0.8518328654)]
            : [(0, 1)]
        let perPiece = 100 / pieces.count
        return pieces.flatMap { low, high in
            (0..<perPiece).map { i in
                let f1 = low + (high - low) * Double(i) / Double(perPiece - 1)
                return [f1, h(f1, f1: f1)]
            }
        }
    }
}
