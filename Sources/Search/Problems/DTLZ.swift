import Foundation

/// DTLZ1 and DTLZ2 (Deb, Thiele, Laumanns & Zitzler 2002/2005, "Scalable test problems for
/// evolutionary multiobjective optimization") with M objectives and n variables in [0, 1];
/// the last k = n − M + 1 variables form g.
/// DTLZ1: g = 100 (k + Σ ((xᵢ − ½)² − cos 20π(xᵢ − ½))) (11ᵏ − 1 local fronts),
/// fᵢ = ½ (1 + g) x₁ ⋯ x_{M−i} (1 − x_{M−i+1}); linear front Σ f = ½.
/// DTLZ2: g = Σ (xᵢ − ½)², fᵢ = (1 + g) cos(x₁π/2) ⋯ cos(x_{M−i}π/2) sin(x_{M−i+1}π/2);
/// spherical front Σ f² = 1.
public struct DTLZ: BenchmarkProblem, Hashable {
    public enum Variant: Int, Codable, Sendable, Hashable {
        case one = 1, two
    }

    public var variant: Variant
    public var objectiveCount: Int
    public var operators: RealVariation

    /// `variableCount` defaults to the paper's k = 5 for DTLZ1 and k = 10 for DTLZ2
    /// (n = M + 4 and M + 9; 7 and 12 for three objectives).
    public init(_ variant: Variant, objectiveCount: Int = 3, variableCount: Int? = nil) {
        let n = variableCount ?? objectiveCount + (variant == .one ? 4 : 9)
        precondition(objectiveCount >= 2 && n >= objectiveCount, "DTLZ needs M ≥ 2 objectives and n ≥ M variables")
        self.variant = variant
        self.objectiveCount = objectiveCount
        operators = RealVariation(count: n, lower: 0, upper: 1)
    }

    public var name: String { "dtlz\(variant.rawValue)" }
    public var objectives: [Objective] { Self.minimizedObjectives(objectiveCount) }

    public func values(of x: [Double]) -> (objectives: [Double], constraints: [Double]) {
        let m = objectiveCount
        var g = 0.0
        for i in (m - 1)..<x.count {
            let d = x[i] - 0.5
            g += variant == .one ? d * d - cos(20 * Double.pi * d) : d * d
        }
        if variant == .one { g = 100 * (Double(x.count - m + 1) + g) }
        var f = Array(repeating: variant == .one ? 0.5 * (1 + g) : 1 + g, count: m)
        for i in 0..<m {
            for j in 0..<(m - 1 - i) {
                f[i] *= variant == .one ? x[j] : cos(x[j] * Double.pi / 2)
            }
            if i > 0 {
                let last = x[m - 1 - i]
                f[i] *= variant == .one ? 1 - last : sin(last * Double.pi / 2)
            }
        }
        return (f, [])
    }

    /// pymoo's sampling: the Das–Dennis directions (99 partitions for two objectives, 15 for
    /// three, 6 beyond), scaled to Σ f = ½ (DTLZ1) or to unit length (DTLZ2).
    public func trueFront() -> [[Double]] {
        let partitions = objectiveCount == 2 ? 99 : objectiveCount == 3 ? 15 : 6
        return ReferenceDirections.dasDennis(dimension: objectiveCount, partitions: partitions).points.map { w in
            switch variant {
            case .one: return w.map { 0.5 * $0 }
            case .two:
                let length = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return w.map { $0 / length }
            }
        }
    }
}
