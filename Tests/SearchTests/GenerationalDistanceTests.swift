import Testing
@testable import Search

@Suite struct GenerationalDistanceTests {
    @Test func handComputedIGDAndIGDPlus() {
        let reference: [[Double]] = [[0, 1], [1, 0]]
        let approximation: [[Double]] = [[0, 2], [2, 2]]
        // IGD: (1 + √5)/2 (nearest to (1,0) is (0,2), at √5).
        #expect(abs(GenerationalDistance.inverted(approximation, reference: reference) - (1 + 5.0.squareRoot()) / 2) < 1e-12)
        // IGD+: d⁺((0,1),(0,2)) = 1; d⁺((1,0),(0,2)) = √(0 + 4) = 2: mean 1.5.
        #expect(abs(GenerationalDistance.invertedPlus(approximation, reference: reference) - 1.5) < 1e-12)
    }

    @Test func igdPlusIgnoresWhereTheApproximationIsBetter() {
        let reference: [[Double]] = [[1, 1]]
        #expect(GenerationalDistance.invertedPlus([[0, 0]], reference: reference) == 0)
        #expect(GenerationalDistance.inverted([[0, 0]], reference: reference) == 2.0.squareRoot())
        #expect(GenerationalDistance.inverted([], reference: reference) == .infinity)
    }

    @Test func trueFrontScoresZero() {
        let front = ZDT(.one).trueFront()
        #expect(GenerationalDistance.inverted(front, reference: front) == 0)
    }
}
