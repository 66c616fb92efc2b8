import Testing
@testable import Search

@Suite struct HypervolumeTests {
    @Test func handComputedTwoDimensional() {
        // Boxes to (4, 4): (1,3) → 3·1; (2,2) adds 2·1; (3,1) adds 1·1; (3,3) dominated.
        #expect(Hypervolume.of([[1, 3], [2, 2], [3, 1], [3, 3]], reference: [4, 4]) == 6)
        #expect(Hypervolume.of([[5, 0], [4, 1]], reference: [4, 4]) == 0)
        #expect(Hypervolume.of([], reference: [1, 1]) == 0)
    }

    @Test func handComputedThreeDimensional() {
        // (0,0,1) (0,1,0) (1,0,0) with reference (2,2,2): each box has volume 2·2·1 = 4, each
        // pair meets in 2·1·1 = 2, all three in 1: 3·4 − 3·2 + 1 = 7.
        #expect(Hypervolume.of([[0, 0, 1], [0, 1, 0], [1, 0, 0]], reference: [2, 2, 2]) == 7)
        #expect(Hypervolume.of([[0, 0, 0]], reference: [1, 2, 3]) == 6)
        // A point equal in x to a staircase point and better in y replaces it.
        #expect(Hypervolume.of([[1, 2, 0], [1, 1, 1]], reference: [3, 3, 3]) == 2 * 1 * 3 + 2 * 1 * 2)
    }

    @Test func handComputedFourDimensional() {
        #expect(Hypervolume.of([[0, 0, 0, 0]], reference: [1, 2, 3, 4]) == 24)
        // Two boxes of volume 2·2·1·1 = 4 meeting in [1,2]⁴ (volume 1): 7.
        #expect(Hypervolume.of([[0, 0, 1, 1], [1, 1, 0, 0]], reference: [2, 2, 2, 2]) == 7)
    }

    @Test(arguments: [2, 3, 4, 5])
    func exactOnRandomIntegerSets(dimension: Int) {
        var g = TestGenerator(state: UInt64(dimension) * 77)
        let side = [2: 12, 3: 9, 4: 6, 5: 4][dimension]!
        for trial in 0..<10 {
            let n = 1 + trial * 3
            let points = (0..<n).map { _ in (0..<dimension).map { _ in Int.random(in: 0..<side, using: &g) } }
            let expected = BruteForce.gridHypervolume(points, side: side)
            let reference = Array(repeating: Double(side), count: dimension)
            let computed = Hypervolume.of(points.map { $0.map(Double.init) }, reference: reference)
            #expect(computed == expected, "dimension \(dimension), \(n) points")
        }
    }

    @Test func threeDimensionalMatchesWFGOnRealFronts() {
        // Points near the DTLZ2 sphere: HV3D and the general WFG path (with a dummy fourth
        // objective of equal value) agree.
        var g = TestGenerator(state: 9)
        let points = (0..<150).map { _ -> [Double] in
            let v = (0..<3).map { _ in Double.random(in: 0.01...1, using: &g) }
            let length = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return v.map { $0 / length * Double.random(in: 1...1.05, using: &g) }
        }
        let hv3 = Hypervolume.of(points, reference: [1.1, 1.1, 1.1])
        let hv4 = Hypervolume.of(points.map { $0 + [0] }, reference: [1.1, 1.1, 1.1, 1])
        #expect(abs(hv3 - hv4) < 1e-12)
        #expect(hv3 > 0.6 && hv3 < 1.1 * 1.1 * 1.1)
    }

    @Test func regretIsTheMissingHypervolume() {
        let truth: [[Double]] = [[0, 1], [0.5, 0.5], [1, 0]]
        #expect(Hypervolume.regret(of: truth, trueFront: truth, reference: [2, 2]) == 0)
        let regret = Hypervolume.regret(of: [[1, 1]], trueFront: truth, reference: [2, 2])
        #expect(abs(regret - (3.25 - 1)) < 1e-12)
    }
}
