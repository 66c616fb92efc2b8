import Foundation
import GRDB
import Search
import Testing

@testable import SearchStudies
@testable import StudyFixture

@Suite struct StudyRunnerTests {
    @Test func aRunSplitAcrossBudgetsEqualsOneRun() throws {
        let folder = try ScratchFolder("runner")
        defer { folder.remove() }
        let study = InProcessStudy()
        let whole = try StudyStore(path: folder.file("whole.sqlite"))
        let outcome = try study.run(whole, budget: 60, mode: .start)
        #expect(outcome.evaluations == 60)
        #expect(outcome.optimizer.generation == 10)
        #expect((outcome.evaluatedHere, outcome.reused) == (60, 0))
        let split = try StudyStore(path: folder.file("split.sqlite"))
        #expect(try study.run(split, budget: 30, mode: .start).evaluations == 30)
        let resumed = try study.run(split, budget: 60, mode: .resume)
        #expect((resumed.evaluatedHere, resumed.reused) == (30, 0))
        #expect(try StudyTrace(split) == StudyTrace(whole))
        let again = try study.run(split, budget: 60, mode: .resume)
        #expect((again.evaluations, again.evaluatedHere) == (60, 0))
    }

    /// The state a SIGKILL during generation 7 leaves: later snapshots and rows absent, some of
    /// generation 7's genomes completed, some claimed by the dead process, some never claimed.
    @Test func resumeAfterACrashEvaluatesOnlyWhatWasNotCompleted() throws {
        let folder = try ScratchFolder("runner")
        defer { folder.remove() }
        let reference = try StudyStore(path: folder.file("reference.sqlite"))
        _ = try InProcessStudy().run(reference, budget: 60, mode: .start)
        var study = InProcessStudy()
        study.log = folder.file("evaluations.log")
        let crashed = try StudyStore(path: folder.file("crashed.sqlite"))
        _ = try study.run(crashed, budget: 60, mode: .start)
        let batch = try crashed.evaluations().filter { $0.generation == 7 }.map(\.key)
        #expect(batch.count == 6)
        try crashed.pool.write { db in
            try db.execute(sql: "DELETE FROM snapshot WHERE generation > 7")
            try db.execute(sql: "DELETE FROM evaluation WHERE generation > 7")
            try db.execute(sql: "DELETE FROM evaluation WHERE key IN (?, ?)", arguments: [batch[1], batch[4]])
            try db.execute(
                sql: """
                    UPDATE evaluation SET status = 'pending', objectives = NULL, constraints = NULL,
                        completed_at = NULL, claimed_by = ?, claimed_at = ? WHERE key = ?
                    """,
                arguments: [ClaimTests.vanished.description, Date().timeIntervalSince1970, batch[2]])
        }
        try FileManager.default.removeItem(atPath: study.log!)
        let outcome = try study.run(crashed, budget: 60, mode: .resume)
        #expect(try StudyTrace(crashed) == StudyTrace(reference))
        let log = try EvaluationLog(path: study.log!)
        let redone = Set([batch[1], batch[2], batch[4]])
        #expect(Set(log.begun.prefix(3)) == redone)
        #expect(log.begun.count == Set(log.begun).count)
        #expect(log.begun.count == 3 + 2 * 6)
        #expect(Set(log.begun).isDisjoint(with: Set(batch).subtracting(redone)))
        #expect((outcome.evaluatedHere, outcome.reused) == (15, 3))
    }

    @Test func progressIsReportedOncePerGeneration() throws {
        final class Collector {
            var reports: [StudyGenerationReport] = []
            var volumes: [[[Double]]] = []
        }
        let folder = try ScratchFolder("runner")
        defer { folder.remove() }
        let collector = Collector()
        let study = InProcessStudy()
        var runner = try study.runner(try StudyStore(path: folder.file("s.sqlite")), budget: 36)
        runner.progress = { collector.reports.append($0) }
        runner.hypervolume = { points in
            collector.volumes.append(points)
            return Double(points.count)
        }
        let outcome = try runner.run(.start, makeOptimizer: study.makeOptimizer)
        #expect(collector.reports.map(\.generation) == Array(1...6))
        #expect(collector.reports.map(\.evaluations) == [6, 12, 18, 24, 30, 36])
        #expect(collector.reports.allSatisfy { $0.evaluationBudget == 36 && $0.evaluatedHere == 6 && $0.reused == 0 })
        #expect(collector.reports.last?.etaSeconds == 0)
        let feasible = outcome.optimizer.population.filter(\.evaluation.isFeasible)
        #expect(collector.reports.last?.hypervolume == Double(feasible.count))
        #expect(collector.volumes.last == feasible.map(\.evaluation.objectives))
        let line = try #require(collector.reports.last?.line)
        #expect(line.hasPrefix("generation 6  evaluations 36/36  feasible "))
        #expect(line.hasSuffix("hypervolume \(feasible.count)  eta 0s"))
    }

    @Test(arguments: [(5.0, "5s"), (59.2, "1m00s"), (187, "3m07s"), (7500, "2h05m")])
    func etaIsShort(_ seconds: Double, _ text: String) {
        #expect(StudyGenerationReport.duration(seconds) == text)
    }

    @Test func aProcessThatComputesADifferentStateStops() throws {
        let folder = try ScratchFolder("runner")
        defer { folder.remove() }
        let study = InProcessStudy()
        var stranger = MuPlusLambda(box: study.box, parentCount: 6, childCount: 6, seed: 99)
        for _ in 0..<2 {
            let genomes = stranger.ask()
            stranger.tell(genomes.map { Individual(genome: $0, key: study.problem.key(of: $0), evaluation: study.problem.evaluateStaged($0)) })
        }
        let foreign = SnapshotRecord(
            generation: 2, optimizerJSON: try StoredJSON.text(stranger), evaluationCount: 12, writtenBy: "stranger",
            createdAt: Date())
        let store = try StudyStore(path: folder.file("s.sqlite"))
        var runner = try study.runner(store, budget: 60)
        // Another process finishes generation 2 first, from different evaluations.
        runner.progress = { report in
            if report.generation == 1 { _ = try? store.insertSnapshot(foreign) }
        }
        #expect(throws: StudyError.snapshotDiverged(path: store.path, generation: 2)) {
            _ = try runner.run(.start, makeOptimizer: study.makeOptimizer)
        }
    }

    @Test func anEvaluationOfTheWrongShapeNamesTheGenome() throws {
        struct ThreeObjectives: Problem {
            var inner = InProcessStudy().problem
            var name: String { "two-spheres" }
            var objectives: [Objective] { inner.objectives }
            var cheapConstraintCount: Int { 1 }
            var constraintCount: Int { 1 }
            var operators: UnitBox { inner.box }
            func sample<R: RandomNumberGenerator>(using generator: inout R) -> RealVector { inner.sample(using: &generator) }
            func key(of genome: RealVector) -> String { inner.key(of: genome) }
            func cheapConstraints(of genome: RealVector) throws -> [Double] { [-1] }
            func evaluate(_ genome: RealVector) throws -> Evaluation {
                var evaluation = try inner.evaluate(genome)
                evaluation.objectives.append(0)
                return evaluation
            }
        }
        let folder = try ScratchFolder("runner")
        defer { folder.remove() }
        let study = InProcessStudy()
        let store = try StudyStore(path: folder.file("s.sqlite"))
        let runner = StudyRunner<ThreeObjectives, MuPlusLambda>(
            problem: ThreeObjectives(), store: store, study: try study.description(), evaluationBudget: 12)
        var first = study.makeOptimizer()
        let key = study.problem.key(of: first.ask()[0])
        #expect(throws: StudyError.evaluationShape(path: store.path, key: key, field: "objectives", expected: 2, got: 3)) {
            _ = try runner.run(.start, makeOptimizer: study.makeOptimizer)
        }
    }
}
