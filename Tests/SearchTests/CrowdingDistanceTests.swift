import Testing
@testable import Search

@Suite struct CrowdingDistanceTests {
    @Test func handComputedValues() {
        // Sorted by f1: 0, 1, 3, 6 (range 6); by f2: 6, 3, 1, 0 (range 6). The interior points
        // get (3 − 0)/6 + (6 − 1)/6 = 4/3 and (6 − 1)/6 + (3 − 0)/6 = 4/3, halved over two
        // objectives: 2/3.
        let table = FitnessTable(minimized: [0, 6, 1, 3, 3, 1, 6, 0], objectiveCount: 2)
        let distance = CrowdingDistance.of([0, 1, 2, 3], in: table)
        #expect(distance[0] == .infinity && distance[3] == .infinity)
        #expect(abs(distance[1] - 2.0 / 3) < 1e-12)
        #expect(abs(distance[2] - 2.0 / 3) < 1e-12)
    }

    @Test func unevenGaps() {
        // f1: 0, 1, 4, 10; f2: 10, 4, 1, 0. Point 1: (4 − 0)/10 + (10 − 1)/10 = 1.3 → 0.65;
        // point 2: (10 − 1)/10 + (4 − 0)/10 = 1.3 → 0.65. Point order does not matter.
        let table = FitnessTable(minimized: [4, 1, 0, 10, 10, 0, 1, 4], objectiveCount: 2)
        let distance = CrowdingDistance.of([0, 1, 2, 3], in: table)
        #expect(distance[1] == .infinity && distance[2] == .infinity)
        #expect(abs(distance[0] - 0.65) < 1e-12 && abs(distance[3] - 0.65) < 1e-12)
    }

    @Test func duplicatesGetZeroAndSmallFrontsAreBoundary() {
        let table = FitnessTable(minimized: [0, 2, 1, 1, 1, 1, 2, 0], objectiveCount: 2)
        let distance = CrowdingDistance.of([0, 1, 2, 3], in: table)
        #expect(distance[2] == 0)
        #expect(distance[1] == 1)  // (2 − 0)/2 + (2 − 0)/2 over two objectives
        #expect(CrowdingDistance.of([0, 1], in: table) == [.infinity, .infinity])
        #expect(CrowdingDistance.of([1, 2, 3], in: table) == [.infinity, 0, .infinity])
    }

    @Test func survivalKeepsTheBoundaryAndTheLeastCrowded() {
        // One front of five points on a line; two must go. The boundary points stay, and of the
        // three interior points the isolated one (index 3) stays.
        let table = FitnessTable(minimized: [0, 10, 1, 9, 1.5, 8.5, 6, 4, 10, 0], objectiveCount: 2)
        var rule = RankAndCrowdingSurvival()
        var g = TestGenerator(state: 3)
        let survivors = rule.survivors(of: Array(0..<5), in: table, count: 3, using: &g)
        #expect(Set(survivors.indices) == [0, 3, 4])
        #expect(survivors.rank == [0, 0, 0])
    }
}
