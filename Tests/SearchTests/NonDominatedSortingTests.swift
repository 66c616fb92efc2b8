import Testing
@testable import Search

@Suite struct NonDominatedSortingTests {
    @Test func knownTwoObjectiveSet() {
        // (1,5) (2,3) (4,1) are mutually non-dominated; (3,4) is dominated by (2,3);
        // (5,5) by (3,4); (2,3) appears twice and both copies share front 0.
        let points: [[Double]] = [[3, 4], [1, 5], [2, 3], [5, 5], [4, 1], [2, 3]]
        let fronts = NonDominatedSorting.fronts(points.flatMap { $0 }, dimension: 2).map(Set.init)
        #expect(fronts == [[1, 2, 4, 5], [0], [3]])
    }

    @Test func knownThreeObjectiveSet() {
        let points: [[Double]] = [[1, 2, 3], [3, 2, 1], [2, 2, 2], [2, 3, 3], [4, 4, 4], [1, 2, 3]]
        let fronts = NonDominatedSorting.fronts(points.flatMap { $0 }, dimension: 3).map(Set.init)
        #expect(fronts == [[0, 1, 2, 5], [3], [4]])
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func matchesPeelingOnRandomSets(dimension: Int) {
        var g = TestGenerator(state: UInt64(dimension))
        for trial in 0..<20 {
            let n = 5 + trial * 7
            // Few distinct values, so ties and duplicates are common.
            let points = (0..<n).map { _ in (0..<dimension).map { _ in Double(Int.random(in: 0..<6, using: &g)) } }
            let fast = NonDominatedSorting.fronts(points.flatMap { $0 }, dimension: dimension).map(Set.init)
            #expect(fast == BruteForce.fronts(points), "dimension \(dimension), \(n) points")
        }
    }

    @Test func constrainedFrontsPutInfeasibleAfterFeasibleByViolation() {
        let individuals: [Individual<Int>] = [
            .init(genome: 0, key: "a", evaluation: Evaluation(objectives: [1, 1], constraints: [0.5])),
            .init(genome: 1, key: "b", evaluation: Evaluation(objectives: [9, 9], constraints: [0])),
            .init(genome: 2, key: "c", evaluation: Evaluation(objectives: [], constraints: [0.1], status: .rejectedEarly)),
            .init(genome: 3, key: "d", evaluation: Evaluation(objectives: [0, 0], constraints: [0.2])),
            .init(genome: 4, key: "e", evaluation: Evaluation(objectives: [], status: .failed(reason: "x"))),
            .init(genome: 5, key: "f", evaluation: Evaluation(objectives: [5, 5], constraints: [-1])),
            .init(genome: 6, key: "g", evaluation: Evaluation(objectives: [0, 0], constraints: [0.2])),
        ]
        let table = FitnessTable(individuals, objectives: [Objective("f1", .minimize), Objective("f2", .minimize)])
        // Feasible: f dominates b. Infeasible by violation: d and g (0.2) tie, then a (0.5);
        // rejected c ranks behind every evaluated one even with a smaller violation; failed last.
        #expect(NonDominatedSorting.constrainedFronts(table) == [[5], [1], [3, 6], [0], [2], [4]])
    }
}
