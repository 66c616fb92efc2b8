import ArgumentParser
import Foundation
import Randomness
import Search

/// NSGA-II on the latency-budgeted NB201 problem (accuracy = `cifar10_test_acc`, latency =
/// `hwnasbench_eyeriss_cifar10_ms` ≤ 5 ms), the tables as oracle: per seed, how many accuracy
/// look-ups it takes to evaluate the best cell within the budget (94.015 %, shown as 94.02 %).
/// The defaults are the settings tuned on seeds 1000–1099; every seed uses the same settings.
struct NB201Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nb201-search", abstract: "Accuracy look-ups NSGA-II needs to find NB201's best cell under a latency budget.")

    @Option(help: "Folder with nb201_accuracy.csv and nb201_latency.csv.") var referenceDir = "../shared/reference"
    @Option(help: "Latency column of nb201_latency.csv.") var latencyColumn = "hwnasbench_eyeriss_cifar10_ms"
    @Option(help: "Latency budget in milliseconds.") var budget = 5.0
    @Option(help: "Comma-separated seeds.") var seeds = "1,2,3,4,5"
    @Option(help: "Look-ups allowed per seed.") var lookups = 300
    @Option(help: "Population size.") var population = 10
    @Option(help: "Offspring per generation.") var offspring = 4
    @Option(help: "uniform or onePoint crossover.") var crossoverKind = "onePoint"
    @Option(help: "Probability that a mating applies crossover.") var crossover = 0.75
    @Option(help: "Probability that an offspring is mutated.") var mutation = 1.0
    @Option(help: "Probability that mutation moves a given gene (at least one always moves).") var geneMutation = 0.0
    @Flag(help: "Accuracy as the only objective (latency stays the budget's constraint).") var accuracyOnly = false
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard IntegerVariation.Crossover(rawValue: crossoverKind) != nil else {
            throw ValidationError("--crossover-kind must be uniform or onePoint, got \"\(crossoverKind)\"")
        }
        guard population > 1, offspring > 0, lookups > 0 else {
            throw ValidationError("--population must exceed 1 and --offspring and --lookups be positive")
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: referenceDir)
        let oracle = try NB201Oracle(
            accuracyFile: directory.appendingPathComponent("nb201_accuracy.csv"),
            latencyFile: directory.appendingPathComponent("nb201_latency.csv"), latencyColumn: latencyColumn)
        let operators = CategoricalVariation(
            choiceCounts: Array(repeating: 5, count: 6), crossover: IntegerVariation.Crossover(rawValue: crossoverKind)!,
            crossoverProbability: crossover, mutationProbability: mutation, geneMutationProbability: geneMutation)
        let problem = NB201BudgetProblem(oracle: oracle, budgetMilliseconds: budget, operators: operators, minimizesLatency: !accuracyOnly)
        let optimum = problem.optimumPercent
        var rows: [[String: Any]] = []
        for seed in seeds.split(separator: ",").compactMap({ UInt64($0.trimmingCharacters(in: .whitespaces)) }) {
            let history = search(problem, seed: seed)
            let looked = zip(history.evaluated, history.ranExpensiveStage).filter(\.1).map(\.0).prefix(lookups)
            let found = looked.firstIndex { $0.evaluation.objectives[0] == optimum }.map { $0 + 1 }
            let best = looked.map { $0.evaluation.objectives[0] }.max() ?? 0
            rows.append(["seed": seed, "lookupsToOptimum": found ?? -1, "bestPercent": best,
                         "candidates": history.evaluations])
            if !json {
                print("seed \(seed): " + (found.map { "optimum \(optimum) % after \($0) look-ups" }
                    ?? "optimum not found in \(lookups) look-ups (best \(best) %)")
                    + "; \(history.evaluations - history.expensiveEvaluations) candidates over the budget cost no look-up")
            }
        }
        let successes = rows.filter { ($0["lookupsToOptimum"] as? Int ?? -1) > 0 }.count
        if json {
            try printJSON(["optimumPercent": optimum, "lookups": lookups, "seeds": rows, "found": successes])
        } else {
            print("found the optimum (\(optimum) %) within \(lookups) look-ups in \(successes) of \(rows.count) seeds")
        }
    }

    private func search(_ problem: NB201BudgetProblem, seed: UInt64) -> SearchHistory<[Int]> {
        var optimizer = NSGA2(
            problem: problem, populationSize: population, offspringCount: offspring, generator: SeededGenerator(seed: seed))
        return SearchLoop.run(problem: problem, optimizer: &optimizer, budget: EvaluationBudget(expensiveEvaluations: lookups))
    }
}
