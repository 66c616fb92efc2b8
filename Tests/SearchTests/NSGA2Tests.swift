import Foundation
import Randomness
import Testing
@testable import Search

@Suite struct NSGA2Tests {
    static func front(_ history: SearchHistory<[Double]>, _ problem: some BenchmarkProblem) -> [[Double]] {
        ParetoFront.of(history.population, objectives: problem.objectives).map(\.evaluation.objectives)
    }

    @Test func convergesOnZDT1() {
        let problem = ZDT(.one, variableCount: 10)
        var optimizer = NSGA2(problem: problem, populationSize: 40, generator: SeededGenerator(seed: 1))
        let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(evaluations: 4000))
        #expect(history.evaluations == 4000 && history.generations == 100)
        #expect(Set(history.evaluated.map(\.key)).count == 4000)
        let front = Self.front(history, problem)
        // The continuous true front has hypervolume 0.1 · 1.1 + ∫₀¹ (0.1 + √x) dx = 0.8767;
        // random search at this budget reaches about 0.2.
        #expect(Hypervolume.of(front, reference: [1.1, 1.1]) > 0.85)
        #expect(GenerationalDistance.inverted(front, reference: problem.trueFront()) < 0.02)
    }

    @Test func handlesConstraints() {
        let problem = TNK()
        var optimizer = NSGA2(problem: problem, populationSize: 40, generator: SeededGenerator(seed: 2))
        let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(evaluations: 2000))
        #expect(history.population.allSatisfy { $0.evaluation.isFeasible })
        #expect(GenerationalDistance.inverted(Self.front(history, problem), reference: problem.trueFront()) < 0.02)
    }

    @Test func snapshotMidRunAsksTheSameGenomes() throws {
        let problem = ZDT(.two, variableCount: 8)
        var optimizer = NSGA2(problem: problem, populationSize: 20, generator: SeededGenerator(seed: 3))
        _ = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(generations: 7))
        let data = try JSONEncoder().encode(optimizer)
        var restored = try JSONDecoder().decode(NSGA2<ZDT, SeededGenerator>.self, from: data)
        #expect(restored.generation == optimizer.generation && restored.population == optimizer.population)
        let original = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(generations: 5))
        let resumed = SearchLoop.run(problem: problem, optimizer: &restored, budget: EvaluationBudget(generations: 5))
        #expect(original.evaluated == resumed.evaluated)
        #expect(optimizer.population == restored.population)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(optimizer) == encoder.encode(restored))
    }

    @Test func offspringAreNeverReEvaluated() {
        // A tiny categorical space (3 × 3 = 9 genomes): every key is evaluated once, then the
        // optimiser runs out of new genomes and asks for nothing.
        let problem = GridProblem(choices: [3, 3])
        var optimizer = NSGA2(problem: problem, populationSize: 4, generator: SeededGenerator(seed: 4))
        let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(evaluations: 100))
        #expect(history.evaluations == 9)
        #expect(Set(history.evaluated.map(\.key)).count == 9)
        #expect(optimizer.ask().isEmpty)
    }
}
