import ArgumentParser
import Foundation
import Randomness
import Search
import SearchStudies

struct BenchmarkProblemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-problem",
        abstract: "Run NSGA-II or NSGA-III on a standard test problem and score the front.",
        discussion: """
            Problems: \(BenchmarkProblems.names.joined(separator: ", ")) (ZDT: 30 variables; DTLZ1, \
            C1-DTLZ1: 3 objectives, 7 variables; DTLZ2: 3 objectives, 12 variables). Prints the \
            hypervolume of the final population's feasible non-dominated set (reference point \
            1.1 in every objective), its IGD and IGD+ against the true front (sampled as pymoo \
            samples it), the evaluations and the seconds the search took.

            Operators are pymoo 0.6.2's defaults: NSGA-II with SBX (eta 15, probability 0.9) and \
            polynomial mutation (eta 20); NSGA-III with SBX (eta 30, probability 1). NSGA-II's \
            survival thins the last front one member at a time (crowding distance for two \
            objectives, nearest neighbours for more; Kukkonen & Deb 2006) where pymoo ranks it \
            by crowding distance once.

            Examples:
              coforge benchmark-problem zdt1 --algorithm nsga2 --population 100 --evaluations 25000 --seed 1
              coforge benchmark-problem dtlz2 --algorithm nsga3 --population 92 --evaluations 30000 --json
              coforge benchmark-problem zdt1 --study runs/zdt1 --seed 1      (kill it, then add --resume)

            With --study DIR the search is kept in DIR/study.sqlite (every evaluation and a snapshot of \
            the optimiser per generation), so a killed run continues with --resume and ends with the \
            same front; DIR then also gets front.json, evaluations.csv and front.svg.
            """)

    @Argument(help: "Problem name.")
    var problem: String

    @Option(help: "nsga2 or nsga3.")
    var algorithm = "nsga2"

    @Option(help: "Population size (and offspring per generation).")
    var population = 100

    @Option(help: "Evaluations to spend (whole generations, as pymoo's n_eval termination).")
    var evaluations = 25_000

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 0

    @Option(help: "NSGA-II's truncation of the last front: iterative or one-pass (pymoo's).")
    var truncation = "iterative"

    @Option(help: "Number of decision variables (default: the problem's standard size).")
    var variables: Int?

    @Option(help: "Also write the final front as JSON ({\"objectives\": [[…], …]}) to this file.")
    var frontOut: String?

    @Flag(help: "Print {\"hypervolume\", \"igd\", \"seconds\", \"evaluations\", …} as JSON.")
    var json = false

    @Option(help: "Keep the study in this folder (study.sqlite, front.json, evaluations.csv, front.svg).")
    var study: String?

    @Flag(help: "Continue the study in --study where it stopped.")
    var resume = false

    func validate() throws {
        guard BenchmarkProblems.names.contains(problem) else {
            throw ValidationError("unknown problem \"\(problem)\"; known: \(BenchmarkProblems.names.joined(separator: ", "))")
        }
        guard ["nsga2", "nsga3"].contains(algorithm) else {
            throw ValidationError("--algorithm must be nsga2 or nsga3, got \"\(algorithm)\"")
        }
        guard ["iterative", "one-pass"].contains(truncation) else {
            throw ValidationError("--truncation must be iterative or one-pass, got \"\(truncation)\"")
        }
        guard population >= 4 else { throw ValidationError("--population must be at least 4, got \(population)") }
        guard evaluations > 0 else { throw ValidationError("--evaluations must be positive, got \(evaluations)") }
        if resume && study == nil { throw ValidationError("--resume needs --study DIR") }
        if let variables, variables < 2 {
            throw ValidationError("--variables must be at least 2, got \(variables)")
        }
    }

    func run() throws {
        // Concrete types, so the search is specialised for each problem rather than run
        // through an opened existential (several times slower).
        let score: BenchmarkScore
        switch BenchmarkProblems.named(problem, variableCount: variables) {
        case let p as ZDT: score = try measure(p)
        case let p as DTLZ: score = try measure(p)
        case let p as ConstrainedDTLZ1: score = try measure(p)
        case let p as TNK: score = try measure(p)
        case let p?: score = try measure(p)
        case nil: return
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: score.dictionary, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(score.text)
        }
    }

    private func measure<P: BenchmarkProblem>(_ problem: P) throws -> BenchmarkScore {
        let budget = EvaluationBudget(evaluations: evaluations)
        let generator = SeededGenerator(seed: seed)
        let report = { (r: GenerationReport) in
            if r.generation % 25 == 0 {
                Progress.status("\(problem.name) \(algorithm): generation \(r.generation), \(r.evaluations) evaluations")
            }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let survivors: [Individual<[Double]>]
        let spent: Int
        if algorithm == "nsga3" {
            var tuned = problem
            tuned.operators.crossoverDistributionIndex = 30
            tuned.operators.crossoverProbability = 1
            let make = { NSGA3(problem: tuned, populationSize: population, generator: generator) }
            (survivors, spent) = try search(tuned, budget: budget, progress: report, makeOptimizer: make)
        } else {
            let make = {
                NSGA2(
                    problem: problem, settings: EvolutionSettings(populationSize: population),
                    rule: RankAndCrowdingSurvival(truncation: truncation == "one-pass" ? .onePass : .iterative),
                    generator: generator)
            }
            (survivors, spent) = try search(problem, budget: budget, progress: report, makeOptimizer: make)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        let front = ParetoFront.of(survivors, objectives: problem.objectives).map(\.evaluation.objectives)
        if let frontOut {
            let data = try JSONSerialization.data(withJSONObject: ["objectives": front], options: [])
            do {
                try data.write(to: URL(fileURLWithPath: frontOut), options: .atomic)
            } catch {
                throw ValidationError("\(frontOut): cannot write the front (\(error.localizedDescription))")
            }
        }
        return BenchmarkScore(problem: problem, algorithm: algorithm, front: front, seconds: seconds, evaluations: spent)
    }

    /// The final population and the evaluations spent: in memory, or through a study store in `--study`.
    private func search<P: BenchmarkProblem, O: Optimizer>(
        _ problem: P, budget: EvaluationBudget, progress: @escaping (Search.GenerationReport) -> Void,
        makeOptimizer: () -> O
    ) throws -> ([Individual<[Double]>], Int) where O.Genome == [Double], P.Genome == [Double] {
        guard let study else {
            var optimizer = makeOptimizer()
            let history = SearchLoop.run(problem: problem, optimizer: &optimizer, budget: budget, progress: progress)
            Progress.line("\(problem.name) \(algorithm): \(history.evaluations) evaluations in \(history.generations) generations")
            return (history.population, history.evaluations)
        }
        do {
            try FileManager.default.createDirectory(atPath: study, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("\(study): cannot create the study folder (\(error.localizedDescription))")
        }
        let store = try StudyStore(path: study + "/study.sqlite")
        let description = try StudyDescription(
            problem: problem, problemDescription: ["problem": problem.name, "variables": "\(variables ?? 0)"],
            algorithm: algorithm, settings: ["population": "\(population)", "truncation": truncation], seed: seed)
        var runner = StudyRunner<P, O>(problem: problem, store: store, study: description, evaluationBudget: evaluations)
        let reference = Array(repeating: BenchmarkScore.referenceValue, count: problem.objectives.count)
        runner.hypervolume = { Hypervolume.of($0, reference: reference) }
        runner.progress = { Progress.line($0.line) }
        let outcome = try runner.run(resume ? .resume : .start, makeOptimizer: makeOptimizer)
        let files = try StudyResults(store: store).write(to: study)
        Progress.line("\(problem.name) \(algorithm): \(outcome.evaluations) evaluations (\(outcome.evaluatedHere) evaluated by this process, \(outcome.reused) taken from the store); wrote \(files.joined(separator: ", "))")
        return (outcome.optimizer.population, outcome.evaluations)
    }
}
