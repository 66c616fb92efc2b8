import ArgumentParser
import Foundation
import Randomness
import Search

/// NSGA-II on the latency-budgeted NB201 problem (accuracy = `cifar10_test_acc`, latency =
/// `hwnasbench_eyeriss_cifar10_ms` ≤ 5 ms), the tables as oracle: per seed, how many accuracy
/// look-ups it takes to evaluate the best cell within the budget (94.02 %).
struct NB201Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nb201-search", abstract: "Accuracy look-ups NSGA-II needs to find NB201's best cell under a latency budget.")

    @Option(help: "Folder with nb201_accuracy.csv and nb201_latency.csv.") var referenceDir = "../shared/reference"
    @Option(help: "Latency column of nb201_latency.csv.") var latencyColumn = "hwnasbench_eyeriss_cifar10_ms"
    @Option(help: "Latency budget in milliseconds.") var budget = 5.0
    @Option(help: "Comma-separated seeds.") var seeds = "1,2,3,4,5"
    @Option(help: "Look-ups allowed per seed.") var lookups = 300
    @Option(help: "Population size (and offspring per generation).") var population = 20
    @Option(help: "Probability that mutation moves a given gene (at least one always moves).") var geneMutation = 0.2
    @Option(help: "Probability that a mating applies uniform crossover.") var crossover = 1.0
    @Option(help: "Offspring per generation (default: the population size).") var offspring: Int?
    @Option(help: "Probability that an offspring is mutated.") var mutation = 1.0
    @Option(help: "uniform or onePoint crossover.") var crossoverKind = "uniform"
    @Flag(help: "Predictor in the loop: NSGA-II on a linear one-hot accuracy surrogate between batches of look-ups.") var surrogate = false
    @Option(help: "Surrogate mode: initial random look-ups.") var initial = 30
    @Option(help: "Surrogate mode: look-ups per batch.") var batch = 10
    @Option(help: "Surrogate mode: NSGA-II generations on the surrogate per batch.") var innerGenerations = 20
    @Option(help: "Surrogate mode: exploration weight κ.") var kappa = 1.0
    @Option(help: "Surrogate mode: ridge penalty of the linear accuracy model.") var ridge = 1.0
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let directory = URL(fileURLWithPath: referenceDir)
        let oracle = try NB201Oracle(
            accuracyFile: directory.appendingPathComponent("nb201_accuracy.csv"),
            latencyFile: directory.appendingPathComponent("nb201_latency.csv"), latencyColumn: latencyColumn)
        let problem = NB201BudgetProblem(oracle: oracle, budgetMilliseconds: budget, geneMutationProbability: geneMutation, mutationProbability: mutation,
                                          crossoverProbability: crossover,
                                          crossoverKind: IntegerVariation.Crossover(rawValue: crossoverKind) ?? .uniform)
        let optimum = problem.optimumPercent
        let seedList = seeds.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
        var rows: [[String: Any]] = []
        for seed in seedList {
            let history: SearchHistory<[Int]>
            if surrogate {
                var model = NB201LinearSurrogate(oracle: oracle, ridge: ridge)
                var generator = SeededGenerator(seed: seed)
                history = try SurrogateAssistedSearch.run(
                    problem: problem, surrogate: &model,
                    settings: SurrogateAssistedSettings(
                        initialSamples: initial, batchSize: batch, innerPopulation: population, innerGenerations: innerGenerations,
                        explorationWeight: kappa, expensiveEvaluations: lookups),
                    generator: &generator)
            } else {
                var optimizer = NSGA2(
                    problem: problem, populationSize: population, offspringCount: offspring, generator: SeededGenerator(seed: seed))
                history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(expensiveEvaluations: lookups))
            }
            if ProcessInfo.processInfo.environment["TRACE"] != nil {
                let looked = zip(history.evaluated, history.ranExpensiveStage).filter { $0.1 }.prefix(lookups).map { $0.0 }
                let low = looked.filter { $0.evaluation.objectives[1] < 4 }.count
                let top = looked.sorted { $0.evaluation.objectives[0] > $1.evaluation.objectives[0] }.prefix(4)
                    .map { "\($0.evaluation.objectives[0])@\($0.evaluation.objectives[1]) \($0.genome)" }
                FileHandle.standardError.write(Data("seed \(seed): \(low) of \(looked.count) look-ups under 4 ms; top \(top)\n".utf8))
            }
            var spent = 0
            var found: Int?
            for (individual, expensive) in zip(history.evaluated, history.ranExpensiveStage) where expensive {
                spent += 1
                if spent <= lookups && individual.evaluation.objectives.first == optimum { found = spent; break }
            }
            let best = history.evaluated.compactMap { $0.evaluation.isFeasible ? $0.evaluation.objectives[0] : nil }.max() ?? 0
            rows.append(["seed": seed, "lookupsToOptimum": found ?? -1, "bestPercent": best,
                         "evaluations": history.evaluations])
            if !json {
                print("seed \(seed): " + (found.map { "optimum \(optimum) % after \($0) look-ups" } ?? "optimum not found in \(lookups) look-ups (best \(best) %)")
                      + ", \(history.evaluations) candidates, \(history.evaluations - history.expensiveEvaluations) rejected by the budget without a look-up")
            }
        }
        let successes = rows.filter { ($0["lookupsToOptimum"] as? Int ?? -1) > 0 }.count
        if json {
            try printJSON(["optimumPercent": optimum, "lookups": lookups, "population": population,
                           "geneMutation": geneMutation, "seeds": rows, "found": successes])
        } else {
            print("found the optimum (\(optimum) %) within \(lookups) look-ups in \(successes) of \(rows.count) seeds")
        }
    }
}
