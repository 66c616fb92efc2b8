import Foundation
import Randomness
import Testing
@testable import Search

@Suite struct NSGA3Tests {
    @Test func spreadsOverTheDTLZ2Sphere() {
        var problem = DTLZ(.two, variableCount: 7)
        problem.operators.crossoverDistributionIndex = 30
        problem.operators.crossoverProbability = 1
        var optimizer = NSGA3(problem: problem, populationSize: 92, generator: SeededGenerator(seed: 1))
        #expect(optimizer.rule.directions.count == 91)
        let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(evaluations: 92 * 60))
        let front = ParetoFront.of(history.population, objectives: problem.objectives).map(\.evaluation.objectives)
        // Close to the sphere, spread over it: IGD against the 136-point sampled front, and the
        // hypervolume at 1.1 (the true front's is about 0.7445).
        #expect(front.allSatisfy { abs($0.reduce(0) { $0 + $1 * $1 }.squareRoot() - 1) < 0.05 })
        #expect(GenerationalDistance.inverted(front, reference: problem.trueFront()) < 0.07)
        #expect(Hypervolume.of(front, reference: [1.1, 1.1, 1.1]) > 0.7)
        // The normaliser found the axes: ideal near 0, extreme points near the unit vectors.
        #expect(optimizer.rule.idealPoint.allSatisfy { $0 < 0.05 })
    }

    @Test func snapshotMidRunAsksTheSameGenomes() throws {
        let problem = DTLZ(.one, variableCount: 6)
        var optimizer = NSGA3(problem: problem, populationSize: 16, generator: SeededGenerator(seed: 2))
        _ = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(generations: 6))
        var restored = try JSONDecoder().decode(NSGA3<DTLZ, SeededGenerator>.self, from: JSONEncoder().encode(optimizer))
        let original = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(generations: 4))
        let resumed = SearchLoop.run(problem: problem, optimizer: &restored, budget: EvaluationBudget(generations: 4))
        #expect(original.evaluated == resumed.evaluated)
        #expect(optimizer.rule == restored.rule)
    }
}
