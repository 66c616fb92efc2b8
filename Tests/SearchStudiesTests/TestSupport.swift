import Foundation
import Search
import SearchStudies
@testable import StudyFixture

/// A fresh folder under the temporary directory, removed by `remove()`.
struct ScratchFolder {
    let path: String

    init(_ label: String) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("coforge-\(label)-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { URL(fileURLWithPath: path).appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The fixture's problem and optimiser, run in this process.
struct InProcessStudy {
    var box = UnitBox(dimensions: 4, mutationStep: 0.2)
    var seed: UInt64 = 5
    var population = 6
    var offspring = 6
    var log: String?

    var problem: TwoSpheres { TwoSpheres(box: box, evaluationLog: log, sleepMilliseconds: 0) }

    func description() throws -> StudyDescription {
        try StudyDescription(
            problem: problem, problemDescription: box, algorithm: "mu-plus-lambda",
            settings: ["population": population, "offspring": offspring], seed: seed)
    }

    func runner(_ store: StudyStore, budget: Int) throws -> StudyRunner<TwoSpheres, MuPlusLambda> {
        StudyRunner(problem: problem, store: store, study: try description(), evaluationBudget: budget)
    }

    func run(_ store: StudyStore, budget: Int, mode: StudyMode) throws -> StudyOutcome<MuPlusLambda> {
        try runner(store, budget: budget).run(mode, makeOptimizer: makeOptimizer)
    }

    func makeOptimizer() -> MuPlusLambda {
        MuPlusLambda(box: box, parentCount: population, childCount: offspring, seed: seed)
    }
}

/// Lines `<pid> begin <key>` of an evaluation log: one per call of the expensive evaluator.
struct EvaluationLog {
    struct Entry: Equatable {
        var processID: Int32
        var key: String
    }

    var entries: [Entry]

    init(path: String) throws {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        entries = try text.split(separator: "\n").map { line in
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let pid = Int32(parts[0]), parts[1] == "begin" else {
                throw FixtureError("\(path): expected `<pid> begin <key>`, got \(line)")
            }
            return Entry(processID: pid, key: String(parts[2]))
        }
    }

    var begun: [String] { entries.map(\.key) }
    var processIDs: Set<Int32> { Set(entries.map(\.processID)) }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
