import Randomness
import Testing
@testable import Search

@Suite struct RealVariationTests {
    static let operators = RealVariation(lowerBounds: [0, -5, 2, 1], upperBounds: [1, 5, 2, 100])

    @Test func childrenStayWithinBounds() {
        var g = SeededGenerator(seed: 1)
        for _ in 0..<2000 {
            let a = Self.operators.sample(using: &g), b = Self.operators.sample(using: &g)
            let (c, d) = Self.operators.crossover(a, b, using: &g)
            for child in [c, d, Self.operators.mutate(c, using: &g), Self.operators.mutate(a, using: &g)] {
                for i in child.indices {
                    #expect(child[i] >= Self.operators.lowerBounds[i] && child[i] <= Self.operators.upperBounds[i])
                }
            }
        }
    }

    @Test func sbxKeepsTheParentsMeanAwayFromBounds() {
        // Far from the bounds the spread is symmetric: c₁ + c₂ = y₁ + y₂ on every variable,
        // crossed or not, exchanged or not.
        let wide = RealVariation(count: 6, lower: -1e6, upper: 1e6)
        var g = SeededGenerator(seed: 2)
        for _ in 0..<500 {
            let a = (0..<6).map { _ in Double.random(in: -1...1, using: &g) }
            let b = (0..<6).map { _ in Double.random(in: -1...1, using: &g) }
            let (c, d) = wide.crossover(a, b, using: &g)
            for i in 0..<6 { #expect(abs((c[i] + d[i]) - (a[i] + b[i])) < 1e-9) }
        }
    }

    @Test func sbxWithIdenticalParentsOrFixedBoundsCopies() {
        var g = SeededGenerator(seed: 3)
        let a = [0.3, 1, 2, 50.0]
        let (c, d) = Self.operators.crossover(a, a, using: &g)
        #expect(c == a && d == a)
        let b = [0.7, -1, 2, 20.0]
        for _ in 0..<100 {
            let (e, f) = Self.operators.crossover(a, b, using: &g)
            #expect(e[2] == 2 && f[2] == 2)
        }
    }

    @Test func sbxSpreadFollowsTheDistributionIndex() {
        // A larger ηc keeps children nearer their parents (mean |c − y| shrinks).
        func meanSpread(_ eta: Double) -> Double {
            var variation = RealVariation(count: 1, lower: -100, upper: 100)
            variation.crossoverDistributionIndex = eta
            variation.crossoverProbability = 1
            variation.variableCrossoverProbability = 1
            var g = SeededGenerator(seed: 4)
            var total = 0.0
            for _ in 0..<4000 {
                let (c, _) = variation.crossover([0], [1], using: &g)
                total += min(abs(c[0]), abs(c[0] - 1))
            }
            return total / 4000
        }
        #expect(meanSpread(2) > 2 * meanSpread(30))
    }

    @Test func polynomialMutationRatesMatchPymoo() {
        // An offspring is mutated with probability 0.9 and each variable with 1/n, so about
        // 0.9 · (1 − (1 − 1/n)ⁿ) of the offspring change (0.586 for n = 30).
        let variation = RealVariation(count: 30, lower: 0, upper: 1)
        var g = SeededGenerator(seed: 5)
        var changed = 0, changedVariables = 0
        let trials = 8_000
        for _ in 0..<trials {
            let x = variation.sample(using: &g)
            let y = variation.mutate(x, using: &g)
            let moved = zip(x, y).filter { $0 != $1 }.count
            changed += moved > 0 ? 1 : 0
            changedVariables += moved
        }
        let expected = 0.9 * (1 - Foundation.pow(29.0 / 30, 30))
        #expect(abs(Double(changed) / Double(trials) - expected) < 0.015)
        #expect(abs(Double(changedVariables) / Double(trials) - 0.9) < 0.03)
    }

    @Test func seededRunsRepeat() {
        func run(_ seed: UInt64) -> [[Double]] {
            var g = SeededGenerator(seed: seed)
            var population = (0..<4).map { _ in Self.operators.sample(using: &g) }
            for _ in 0..<10 {
                let (c, d) = Self.operators.crossover(population[0], population[1], using: &g)
                population = [Self.operators.mutate(c, using: &g), Self.operators.mutate(d, using: &g)] + population.prefix(2)
            }
            return population
        }
        #expect(run(9) == run(9))
        #expect(run(9) != run(10))
    }
}

import Foundation
