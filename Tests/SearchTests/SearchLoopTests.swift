import Randomness
import Testing
@testable import Search

@Suite(.serialized) struct SearchLoopTests {
    @Test func budgetViolatorsNeverCostAnExpensiveEvaluation() {
        CountingProblem.expensiveCalls.withLock { $0 = [] }
        let problem = CountingProblem()
        var optimizer = NSGA2(problem: problem, populationSize: 6, generator: SeededGenerator(seed: 1))
        let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(evaluations: 20))
        let calls = CountingProblem.expensiveCalls.withLock { $0 }
        #expect(calls.allSatisfy { $0 <= 4 })
        #expect(calls.count == history.expensiveEvaluations)
        #expect(history.evaluations == 20)  // all 20 genomes: 10 over budget, 10 within
        for (individual, expensive) in zip(history.evaluated, history.ranExpensiveStage) {
            let x = individual.genome[0]
            #expect(expensive == (x <= 4))
            switch individual.evaluation.status {
            case .rejectedEarly: #expect(x > 4 && individual.evaluation.constraints == [Double(x) - 4])
            case .failed: #expect(x == 3)
            case .ok: #expect(x <= 4 && x != 3)
            }
        }
        // The survivors are the feasible ones: x ∈ {0, 1, 2, 4} with both y values but one.
        #expect(history.population.prefix(5).allSatisfy { $0.evaluation.isFeasible })
    }

    @Test func expensiveBudgetStopsTheSearch() {
        let problem = CountingProblem()
        var optimizer = NSGA2(problem: problem, populationSize: 4, generator: SeededGenerator(seed: 2))
        let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(expensiveEvaluations: 3))
        #expect(history.expensiveEvaluations >= 3)
        #expect(history.expensiveEvaluations - history.ranExpensiveStage.suffix(4).filter { $0 }.count < 3)
    }
}
