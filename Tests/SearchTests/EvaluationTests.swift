import Testing
@testable import Search

@Suite struct EvaluationTests {
    @Test func violationSumsOnlyPositiveConstraints() {
        let e = Evaluation(objectives: [1, 2], constraints: [-1, 0.5, 2])
        #expect(e.totalViolation == 2.5)
        #expect(!e.isFeasible)
        #expect(Evaluation(objectives: [1], constraints: [-3, 0]).isFeasible)
        #expect(!Evaluation(objectives: [], status: .failed(reason: "diverged")).isFeasible)
    }

    @Test func maximisedObjectivesAreNegated() {
        #expect(Objective("accuracy", .maximize).minimized(0.9) == -0.9)
        #expect(Objective("latencySeconds", .minimize).minimized(0.1) == 0.1)
    }
}
