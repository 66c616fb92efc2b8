import Randomness
import Testing
@testable import Search

@Suite struct SurrogateAssistedSearchTests {
    static let problem = ZDT(.one, variableCount: 10)
    static let budget = 150

    static func front(_ individuals: [Individual<[Double]>]) -> [[Double]] {
        ParetoFront.of(individuals, objectives: problem.objectives).map(\.evaluation.objectives)
    }

    @Test func beatsPlainNSGA2AtTheSameExpensiveBudget() throws {
        var surrogate = LinearSurrogate()
        var generator = SeededGenerator(seed: 1)
        let settings = SurrogateAssistedSettings(
            initialSamples: 20, batchSize: 10, innerPopulation: 40, innerGenerations: 15,
            explorationWeight: 1, expensiveEvaluations: Self.budget)
        var reports: [GenerationReport] = []
        let assisted = try SurrogateAssistedSearch.run(
            problem: Self.problem, surrogate: &surrogate, settings: settings, generator: &generator) { reports.append($0) }
        #expect(assisted.expensiveEvaluations == Self.budget)
        #expect(Set(assisted.evaluated.map(\.key)).count == assisted.evaluations)
        #expect(reports.last?.expensiveEvaluations == Self.budget)

        var plain = NSGA2(problem: Self.problem, populationSize: 30, generator: SeededGenerator(seed: 1))
        let baseline = SearchLoop.run(
            problem: Self.problem, optimizer: &plain, budget: EvaluationBudget(expensiveEvaluations: Self.budget))
        // At 150 evaluations plain NSGA-II is still far from the front (no point inside the
        // reference box); the linear surrogate finds the direction of g and spreads along f₁.
        let truth = Self.problem.trueFront()
        let assistedIGD = GenerationalDistance.inverted(Self.front(assisted.evaluated), reference: truth)
        let plainIGD = GenerationalDistance.inverted(Self.front(baseline.evaluated), reference: truth)
        #expect(assistedIGD < plainIGD / 5, "IGD assisted \(assistedIGD), plain NSGA-II \(plainIGD)")
        #expect(Hypervolume.of(Self.front(assisted.evaluated), reference: [1.1, 1.1]) > 0.6)
    }

    @Test func seededRunsRepeat() throws {
        func run() throws -> [String] {
            var surrogate = LinearSurrogate()
            var generator = SeededGenerator(seed: 7)
            let settings = SurrogateAssistedSettings(
                initialSamples: 12, batchSize: 6, innerPopulation: 20, innerGenerations: 5, expensiveEvaluations: 36)
            return try SurrogateAssistedSearch.run(
                problem: Self.problem, surrogate: &surrogate, settings: settings, generator: &generator).evaluated.map(\.key)
        }
        #expect(try run() == run())
    }
}
