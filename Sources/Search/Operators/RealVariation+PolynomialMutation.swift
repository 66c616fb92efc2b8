import Foundation

extension RealVariation {
    /// Polynomial mutation with bounds, as in pymoo 0.6.2's `mut_pm`: a mutated variable x in
    /// [l, u] moves by δq (u − l), where with δ₁ = (x − l)/(u − l), δ₂ = (u − x)/(u − l),
    /// r uniform and p = 1/(ηm + 1):
    /// δq = (2r + (1 − 2r)(1 − δ₁)^(ηm+1))^p − 1 if r ≤ ½, else
    /// δq = 1 − (2(1 − r) + 2(r − ½)(1 − δ₂)^(ηm+1))^p; the result is clamped to [l, u].
    /// - Complexity: O(n).
    public func mutate<R: RandomNumberGenerator>(_ genome: [Double], using generator: inout R) -> [Double] {
        guard generator.unitInterval() <= mutationProbability else { return genome }
        let n = variableCount
        let perVariable = variableMutationProbability ?? min(0.5, 1 / Double(max(n, 1)))
        let power = SpreadPower(distributionIndex: mutationDistributionIndex)
        var x = genome
        for i in 0..<n where generator.unitInterval() < perVariable {
            let lower = lowerBounds[i], upper = upperBounds[i], range = upper - lower
            guard range > 0 else { continue }
            let r = generator.unitInterval()
            let step: Double
            if r <= 0.5 {
                let value = 2 * r + (1 - 2 * r) * power.raise(1 - (x[i] - lower) / range)
                step = power.root(value) - 1
            } else {
                let value = 2 * (1 - r) + 2 * (r - 0.5) * power.raise(1 - (upper - x[i]) / range)
                step = 1 - power.root(value)
            }
            x[i] = min(max(x[i] + step * range, lower), upper)
        }
        return x
    }
}
