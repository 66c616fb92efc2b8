import Randomness
import Testing
@testable import Search

@Suite struct DiscreteVariationTests {
    @Test func onePointCrossoverSwapsOneTail() {
        let variation = IntegerVariation(lowerBounds: Array(repeating: 0, count: 6), upperBounds: Array(repeating: 9, count: 6),
                                         crossover: .onePoint)
        var g = SeededGenerator(seed: 1)
        let a = [0, 0, 0, 0, 0, 0], b = [1, 1, 1, 1, 1, 1]
        var cuts = Set<Int>()
        for _ in 0..<200 {
            let (c, d) = variation.crossover(a, b, using: &g)
            let cut = try! #require(c.firstIndex(of: 1))
            #expect(c == Array(repeating: 0, count: cut) + Array(repeating: 1, count: 6 - cut))
            #expect(zip(c, d).allSatisfy { $0 + $1 == 1 })
            cuts.insert(cut)
        }
        #expect(cuts == Set(1...5))
    }

    @Test func uniformCrossoverMixesGenesAndKeepsThemPaired() {
        let variation = CategoricalVariation(choiceCounts: Array(repeating: 5, count: 20))
        var g = SeededGenerator(seed: 2)
        let a = Array(repeating: 0, count: 20), b = Array(repeating: 4, count: 20)
        let (c, d) = variation.crossover(a, b, using: &g)
        #expect(zip(c, d).allSatisfy { Set([$0, $1]) == [0, 4] })
        #expect(c.contains(0) && c.contains(4))
    }

    @Test func mutationResamplesWithinBoundsAndAlwaysChanges() {
        let variation = IntegerVariation(lowerBounds: [-3, 10, 5], upperBounds: [3, 12, 5])
        var g = SeededGenerator(seed: 3)
        var seen: [Set<Int>] = [[], [], []]
        for _ in 0..<3000 {
            let x = variation.sample(using: &g)
            let y = variation.mutate(x, using: &g)
            #expect(x != y)
            #expect(y[2] == 5)
            for i in 0..<3 {
                #expect((variation.lowerBounds[i]...variation.upperBounds[i]).contains(y[i]))
                seen[i].insert(y[i])
            }
        }
        #expect(seen[0] == Set(-3...3) && seen[1] == Set(10...12))
    }

    @Test func categoricalMutationMovesToADifferentChoice() {
        let variation = CategoricalVariation(choiceCounts: [2, 1, 4], geneMutationProbability: 1)
        var g = SeededGenerator(seed: 4)
        for _ in 0..<500 {
            let x = variation.sample(using: &g)
            let y = variation.mutate(x, using: &g)
            #expect(y[0] != x[0] && y[1] == 0 && y[2] != x[2])
        }
        #expect(variation.choiceCounts == [2, 1, 4])
    }
}
