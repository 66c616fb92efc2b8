import ArgumentParser
import Foundation
import Search
import SearchStudies

/// The child process of the study kill and two-process tests: runs `MuPlusLambda` on
/// `TwoSpheres` in a study store, with a progress line per generation on stderr.
@main
struct StudyFixtureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study-fixture",
        abstract: "Run a (mu+lambda) study on the two-spheres toy problem in a study store.")

    @Option(help: "The study store (SQLite file).")
    var store: String

    @Option(help: "Folder for front.json, evaluations.csv and front.svg, written at the end.")
    var out: String?

    @Option(help: "File the evaluator appends each call to.")
    var log: String?

    @Option var seed: UInt64 = 1
    @Option(help: "Evaluations (distinct genomes told) after which the study stops.")
    var budget = 200
    @Option var population = 8
    @Option var offspring = 8
    @Option var dimensions = 4
    @Option(help: "Milliseconds each evaluation sleeps.")
    var sleepMs = 3
    @Option(help: "Seconds after which another process's claim is taken over.")
    var staleClaimSeconds = 3600.0
    @Option(help: "Milliseconds between looks at genomes other processes hold.")
    var pollMs = 20

    @Flag(help: "Continue the study in --store (it must exist).")
    var resume = false
    @Flag(help: "Start the study, or continue it if --store holds it (several processes at once).")
    var join = false
    @Flag(help: "No progress lines.")
    var quiet = false

    func validate() throws {
        guard !(resume && join) else { throw ValidationError("--resume and --join exclude each other") }
        guard dimensions >= 3 else { throw ValidationError("--dimensions must be at least 3, got \(dimensions)") }
        guard population > 0, offspring > 0, budget > 0 else {
            throw ValidationError("--population, --offspring and --budget must be positive")
        }
    }

    func run() throws {
        let box = UnitBox(dimensions: dimensions, mutationStep: 0.2)
        let problem = TwoSpheres(box: box, evaluationLog: log, sleepMilliseconds: sleepMs)
        let settings = ["population": population, "offspring": offspring]
        let study = try StudyDescription(
            problem: problem, problemDescription: box, algorithm: "mu-plus-lambda", settings: settings, seed: seed)
        var runner = StudyRunner<TwoSpheres, MuPlusLambda>(
            problem: problem, store: try StudyStore(path: store), study: study, evaluationBudget: budget)
        runner.staleClaimSeconds = staleClaimSeconds
        runner.pollSeconds = Double(pollMs) / 1000
        if !quiet {
            runner.progress = { FileHandle.standardError.write(Data(($0.line + "\n").utf8)) }
        }
        let outcome = try runner.run(resume ? .resume : join ? .join : .start) {
            MuPlusLambda(box: box, parentCount: population, childCount: offspring, seed: seed)
        }
        if let out {
            try StudyResults(store: runner.store).write(to: out)
        }
        print("evaluations \(outcome.evaluations) evaluated-here \(outcome.evaluatedHere) reused \(outcome.reused)")
    }
}
