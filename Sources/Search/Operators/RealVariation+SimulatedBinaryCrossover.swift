extension RealVariation {
    /// SBX with bounded spread, as in pymoo 0.6.2's `cross_sbx`: for a crossed variable with
    /// parent values y₁ < y₂ in [l, u] and one uniform u, each child's spread factor βq is drawn
    /// from the polynomial distribution of index ηc truncated so the child stays in bounds
    /// (β = 1 + 2(y₁ − l)/(y₂ − y₁) on the lower side, 1 + 2(u − y₂)/(y₂ − y₁) on the upper),
    /// and the children are ½((y₁ + y₂) ∓ βq (y₂ − y₁)). Variables whose parents differ by at
    /// most 1e-14, or whose bounds coincide, are copied.
    /// - Complexity: O(n).
    public func crossover<R: RandomNumberGenerator>(
        _ first: [Double], _ second: [Double], using generator: inout R
    ) -> ([Double], [Double]) {
        guard generator.unitInterval() < crossoverProbability else { return (first, second) }
        var child1 = first, child2 = second
        let power = SpreadPower(distributionIndex: crossoverDistributionIndex)
        var trials = BernoulliTrials()
        for i in 0..<variableCount where trials.trial(variableCrossoverProbability, using: &generator) {
            let lower = lowerBounds[i], upper = upperBounds[i]
            let y1 = min(first[i], second[i]), y2 = max(first[i], second[i])
            let delta = y2 - y1
            guard delta > 1e-14, lower != upper else { continue }
            let u = generator.unitInterval()
            let spreadLow = power.spreadFactor(bound: 1 + 2 * (y1 - lower) / delta, uniform: u)
            let spreadHigh = power.spreadFactor(bound: 1 + 2 * (upper - y2) / delta, uniform: u)
            var low = 0.5 * ((y1 + y2) - spreadLow * delta)
            var high = 0.5 * ((y1 + y2) + spreadHigh * delta)
            low = min(max(low, lower), upper)
            high = min(max(high, lower), upper)
            if trials.trial(exchangeProbability, using: &generator) {
                child1[i] = high
                child2[i] = low
            } else {
                child1[i] = low
                child2[i] = high
            }
        }
        return (child1, child2)
    }
}
