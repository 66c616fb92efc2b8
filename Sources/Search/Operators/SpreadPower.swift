import Foundation

/// Powers with exponent η + 1 and 1/(η + 1) for a distribution index η; exact squarings and
/// square roots when η + 1 is a power of two (η = 15 gives 16), `pow` otherwise.
struct SpreadPower {
    let exponent: Double
    let halvings: Int?

    init(distributionIndex eta: Double) {
        exponent = eta + 1
        var e = exponent, steps = 0
        while e > 1 && e == e.rounded() && e.truncatingRemainder(dividingBy: 2) == 0 {
            e /= 2
            steps += 1
        }
        halvings = e == 1 ? steps : nil
    }

    /// x^(η+1).
    @inline(__always) func raise(_ x: Double) -> Double {
        guard let halvings else { return pow(x, exponent) }
        var y = x
        for _ in 0..<halvings { y *= y }
        return y
    }

    /// x^(1/(η+1)).
    @inline(__always) func root(_ x: Double) -> Double {
        guard let halvings else { return pow(x, 1 / exponent) }
        var y = x
        for _ in 0..<halvings { y = y.squareRoot() }
        return y
    }

    /// βq of SBX for the bound factor β and a uniform u: with α = 2 − β^−(η+1),
    /// (uα)^(1/(η+1)) if u ≤ 1/α, else (1/(2 − uα))^(1/(η+1)).
    @inline(__always) func spreadFactor(bound beta: Double, uniform u: Double) -> Double {
        let alpha = 2 - 1 / raise(beta)
        return u <= 1 / alpha ? root(u * alpha) : root(1 / (2 - u * alpha))
    }
}
