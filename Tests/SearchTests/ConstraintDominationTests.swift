import Testing
@testable import Search

@Suite struct ConstraintDominationTests {
    static let objectives = [Objective("accuracy", .maximize), Objective("latencySeconds", .minimize)]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var a: Evaluation
        var b: Evaluation
        var aDominates: Bool
        var bDominates: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "feasible Pareto-better", a: Evaluation(objectives: [0.9, 1]), b: Evaluation(objectives: [0.8, 1]),
             aDominates: true, bDominates: false),
        Case(name: "feasible trade-off", a: Evaluation(objectives: [0.9, 2]), b: Evaluation(objectives: [0.8, 1]),
             aDominates: false, bDominates: false),
        Case(name: "equal feasible", a: Evaluation(objectives: [0.9, 1]), b: Evaluation(objectives: [0.9, 1]),
             aDominates: false, bDominates: false),
        Case(name: "feasible beats infeasible", a: Evaluation(objectives: [0.1, 9], constraints: [-1]),
             b: Evaluation(objectives: [0.99, 0.1], constraints: [0.01]), aDominates: true, bDominates: false),
        Case(name: "smaller violation wins", a: Evaluation(objectives: [0.1, 9], constraints: [0.5, 0.1]),
             b: Evaluation(objectives: [0.9, 1], constraints: [1]), aDominates: true, bDominates: false),
        Case(name: "equal violation", a: Evaluation(objectives: [0.1, 9], constraints: [0.5]),
             b: Evaluation(objectives: [0.9, 1], constraints: [0.5]), aDominates: false, bDominates: false),
        Case(name: "evaluated infeasible beats rejected",
             a: Evaluation(objectives: [0.1, 9], constraints: [3]),
             b: Evaluation(objectives: [], constraints: [0.1], status: .rejectedEarly), aDominates: true, bDominates: false),
        Case(name: "rejected beats failed", a: Evaluation(objectives: [], constraints: [7], status: .rejectedEarly),
             b: Evaluation(objectives: [], status: .failed(reason: "diverged")), aDominates: true, bDominates: false),
        Case(name: "failed never dominate each other", a: Evaluation(objectives: [], status: .failed(reason: "a")),
             b: Evaluation(objectives: [], status: .failed(reason: "b")), aDominates: false, bDominates: false),
        Case(name: "NaN objective counts as failed", a: Evaluation(objectives: [0.5, 2], constraints: [1]),
             b: Evaluation(objectives: [.nan, 1]), aDominates: true, bDominates: false),
    ]

    @Test(arguments: cases)
    func constraintDomination(_ c: Case) {
        let table = FitnessTable(
            [Individual(genome: 0, key: "a", evaluation: c.a), Individual(genome: 1, key: "b", evaluation: c.b)],
            objectives: Self.objectives)
        #expect(table.constrainedDominates(0, 1) == c.aDominates)
        #expect(table.constrainedDominates(1, 0) == c.bDominates)
    }

    @Test func maximisedObjectivesAreStoredNegated() {
        let table = FitnessTable([Individual(genome: 0, key: "a", evaluation: Evaluation(objectives: [0.9, 2]))],
                                 objectives: Self.objectives)
        #expect(table.objectives == [-0.9, 2])
    }

    @Test func tournamentPrefersFeasibleThenDominanceThenCrowding() {
        let table = FitnessTable(
            [Evaluation(objectives: [1, 1]), Evaluation(objectives: [0, 0], constraints: [1]),
             Evaluation(objectives: [2, 2]), Evaluation(objectives: [3, 0])]
                .enumerated().map { Individual(genome: $0.offset, key: "\($0.offset)", evaluation: $0.element) },
            objectives: [Objective("f1", .minimize), Objective("f2", .minimize)])
        var g = TestGenerator(state: 1)
        let crowding = [1.0, 5, 9, 2.0]
        func winner(_ a: Int, _ b: Int, _ kind: BinaryTournament.Kind = .dominanceThenCrowding) -> Int {
            BinaryTournament.winner(a, b, kind: kind, table: table, crowding: crowding, using: &g)
        }
        #expect(winner(0, 1) == 0)  // feasible beats infeasible
        #expect(winner(2, 0) == 0)  // (1,1) dominates (2,2) despite less room
        #expect(winner(0, 3) == 3)  // non-dominated: more room wins
        #expect(winner(1, 2, .random) == 2)  // constraints decide even without objective comparison
        #expect(Set((0..<40).map { _ in winner(0, 0) }) == [0])
        #expect(Set((0..<40).map { _ in winner(2, 0, .random) }) == [0, 2])
    }
}
