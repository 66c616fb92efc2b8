import Testing
@testable import Search

@Suite struct PruningTests {
    /// Points (x, 10 − x): both objectives give the same normalised gaps.
    static func line(_ xs: [Double]) -> FitnessTable {
        FitnessTable(minimized: xs.flatMap { [$0, 10 - $0] }, objectiveCount: 2)
    }

    @Test func iterativeCrowdingClosesTheGapOnePassLeaves() {
        // x = 0, 2, 4.9, 5.1, 8, 10; keep 4. One pass drops both of the close pair 4.9 and 5.1
        // (distances .31 each), leaving a gap of 6. Pruning drops 4.9 (tie broken by
        // `tieBreak`), after which 5.1 has (8 − 2)/10 = .6, and the next smallest is 8 at
        // (10 − 5.1)/10 = .49: kept 0, 2, 5.1, 10.
        let table = Self.line([0, 2, 4.9, 5.1, 8, 10])
        let (kept, crowding) = CrowdingDistance.pruned(Array(0..<6), in: table, keeping: 4, tieBreak: [5, 4, 0, 1, 2, 3])
        #expect(kept == [0, 1, 3, 5])
        #expect(crowding[0] == .infinity && crowding[3] == .infinity)
        #expect(abs(crowding[1] - 0.51) < 1e-12 && abs(crowding[2] - 0.8) < 1e-12)
        var onePass = RankAndCrowdingSurvival(truncation: .onePass)
        var g = TestGenerator(state: 1)
        #expect(Set(onePass.survivors(of: Array(0..<6), in: table, count: 4, using: &g).indices) == [0, 1, 4, 5])
    }

    @Test func copiesLeaveFirst() {
        let table = Self.line([0, 5, 5, 5, 10])
        let (kept, _) = CrowdingDistance.pruned(Array(0..<5), in: table, keeping: 3, tieBreak: [0, 0, 0, 0, 0])
        #expect(kept == [0, 1, 4])
    }

    @Test func neighbourPruningThinsTheDensestRegion() {
        // The simplex's corners, its centre and three points next to the centre; keep five:
        // two of the four central points go, the corners stay.
        let points: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1.0 / 3, 1.0 / 3, 1.0 / 3],
                                  [0.34, 0.33, 0.33], [0.33, 0.34, 0.33], [0.33, 0.33, 0.34]]
        let table = FitnessTable(minimized: points.flatMap { $0 }, objectiveCount: 3)
        let (kept, score) = NeighbourPruning.pruned(Array(0..<7), in: table, keeping: 5, tieBreak: Array(0..<7).map(UInt64.init))
        #expect(kept.count == 5 && Set([0, 1, 2]).isSubset(of: kept))
        #expect(kept.filter { $0 >= 3 }.count == 2)
        #expect(score.prefix(3).allSatisfy { $0 == .infinity })
    }
}
