import Foundation
import Randomness
import SearchStudies
import Testing

/// The study store's promises, checked on real processes: SIGKILL at random moments loses and
/// repeats no completed evaluation and changes nothing in the result; two processes on one
/// study share its work and get the single-process result.
@Suite(.serialized, .timeLimit(.minutes(3))) struct KillResumeTests {
    static let seed: UInt64 = 11, population = 12, offspring = 12

    /// The fixture's arguments for this suite's study, with `budget` evaluations.
    static func settings(budget: Int = 360) -> [String] {
        ["--seed", "\(seed)", "--budget", "\(budget)", "--population", "\(population)",
         "--offspring", "\(offspring)", "--sleep-ms", "2", "--quiet"]
    }

    /// The same study run uninterrupted, in this process (no sleep, no log: neither changes
    /// a value).
    static func reference(_ folder: ScratchFolder, budget: Int = 360) throws -> StudyTrace {
        var study = InProcessStudy()
        (study.seed, study.population, study.offspring) = (seed, population, offspring)
        let store = try StudyStore(path: folder.file("reference.sqlite"))
        _ = try study.run(store, budget: budget, mode: .start)
        return try StudyTrace(store)
    }

    /// The trace of the store at `path`, after checking that the front.json a process wrote
    /// into `out` is the store's.
    static func trace(store path: String, out: String) throws -> StudyTrace {
        let trace = try StudyTrace(StudyStore(path: path))
        #expect(try String(contentsOfFile: out + "/front.json", encoding: .utf8) == trace.frontJSON)
        return trace
    }

    /// Keys of completed evaluations that reached the expensive evaluator (all but early
    /// rejections), and of the early rejections.
    static func completedKeys(_ path: String) throws -> (evaluated: Set<String>, rejected: Set<String>) {
        let completed = try StudyStore(path: path).evaluations().filter(\.isCompleted)
        let rejected = completed.filter { $0.evaluation?.status == .rejectedEarly }.map(\.key)
        return (Set(completed.map(\.key)).subtracting(rejected), Set(rejected))
    }

    /// A random moment in the life of `child`: one time in four a moment up to 0.2 s after its
    /// start (often still opening the store or evaluating nothing yet), otherwise after it has
    /// started 1 to 24 more evaluations, then up to 6 ms later (inside an evaluation, writing
    /// its result or a snapshot). Counting evaluations keeps the kills inside the study
    /// however fast the machine is.
    static func waitForRandomMoment(of child: FixtureProcess, log: String, using generator: inout SeededGenerator) throws {
        if Int.random(in: 0..<4, using: &generator) == 0 {
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.2, using: &generator))
            return
        }
        let target = EvaluationLog.lineCount(log) + Int.random(in: 1...24, using: &generator)
        let extra = Double.random(in: 0...0.006, using: &generator)
        waitUntil(log, has: target, while: child)
        Thread.sleep(forTimeInterval: extra)
    }

    /// Returns once `log` has `count` lines or `child` has ended.
    static func waitUntil(_ log: String, has count: Int, while child: FixtureProcess) {
        while child.process.isRunning, EvaluationLog.lineCount(log) < count {
            Thread.sleep(forTimeInterval: 0.001)
        }
    }

    @Test func killedAtRandomMomentsTheStudyLosesAndRepeatsNothing() throws {
        let folder = try ScratchFolder("kill")
        defer { folder.remove() }
        let reference = try Self.reference(folder)
        let store = folder.file("killed.sqlite"), log = folder.file("killed.log")
        var generator = SeededGenerator(seed: 20_261_122)
        var completedAtKill: [Set<String>] = []
        var logLinesAtKill: [Int] = []
        while completedAtKill.count < 12 {
            let hasStudy = try FileManager.default.fileExists(atPath: store) && StudyStore(path: store).study() != nil
            let child = try FixtureProcess(
                ["--store", store, "--log", log] + (hasStudy ? ["--resume"] : []) + Self.settings(),
                folder: folder, label: "killed-\(completedAtKill.count)")
            try Self.waitForRandomMoment(of: child, log: log, using: &generator)
            guard child.process.isRunning else { break }
            child.killHard()
            #expect(child.process.terminationReason == .uncaughtSignal, "\(child.stderr)")
            completedAtKill.append(try Self.completedKeys(store).evaluated)
            logLinesAtKill.append(EvaluationLog.lineCount(log))
        }
        try #require(completedAtKill.count >= 10, "the study ended after \(completedAtKill.count) kills; lengthen it")
        try FixtureProcess.run(
            ["--store", store, "--log", log, "--resume", "--out", folder.file("killed")] + Self.settings(),
            folder: folder, label: "killed-last")
        let begun = try EvaluationLog(path: log).begun
        let bounds = [0] + logLinesAtKill + [begun.count]
        let segments = zip(bounds, bounds.dropFirst()).map { Array(begun[$0..<$1]) }
        let final = try Self.completedKeys(store)
        for (index, segment) in segments.enumerated() {
            #expect(segment.count == Set(segment).count, "process \(index) evaluated a key twice")
            if index > 0 {
                // Nothing completed before a kill is evaluated again after it.
                #expect(Set(segment).isDisjoint(with: completedAtKill[index - 1]), "process \(index) repeated a completed evaluation")
            }
            guard index < completedAtKill.count else { continue }
            // A process stores each evaluation before it starts the next, so every evaluation
            // but its last was in the store when it was killed.
            #expect(Set(segment.dropLast()).isSubset(of: completedAtKill[index]), "process \(index) lost a completed evaluation")
            #expect(completedAtKill[index].isSubset(of: index + 1 < completedAtKill.count ? completedAtKill[index + 1] : final.evaluated))
        }
        let interrupted = segments.indices.dropLast().filter { index in
            segments[index].last.map { !completedAtKill[index].contains($0) } ?? false
        }.count
        print("kill test: \(completedAtKill.count) kills, \(interrupted) of them during an evaluation, \(begun.count) evaluator calls")
        #expect(interrupted >= 1, "no kill landed during an evaluation")
        #expect(final.evaluated == Set(begun))
        #expect(final.evaluated.count + final.rejected.count == 360)
        #expect(begun.count - final.evaluated.count <= completedAtKill.count)
        #expect(try Self.trace(store: store, out: folder.file("killed")) == reference)

        // Resuming a finished study evaluates nothing and writes the same front.
        let again = try FixtureProcess.run(
            ["--store", store, "--log", log, "--resume", "--out", folder.file("again")] + Self.settings(),
            folder: folder, label: "again")
        #expect(again.hasPrefix("evaluations 360 evaluated-here 0 "))
        #expect(try EvaluationLog(path: log).entries.count == begun.count)
        #expect(try Self.trace(store: store, out: folder.file("again")) == reference)
    }

    /// Starts one fixture per name at once, all joining the study in `shared.sqlite` and
    /// logging to `shared.log`, each writing its outputs into a folder of its name.
    static func startSharing(_ names: [String], budget: Int, in folder: ScratchFolder) throws
        -> (store: String, log: String, children: [FixtureProcess])
    {
        let store = folder.file("shared.sqlite"), log = folder.file("shared.log")
        let children = try names.map { name in
            try FixtureProcess(
                ["--store", store, "--log", log, "--join", "--out", folder.file(name)] + settings(budget: budget),
                folder: folder, label: name)
        }
        return (store, log, children)
    }

    @Test func twoProcessesShareOneStudy() throws {
        let folder = try ScratchFolder("two")
        defer { folder.remove() }
        let reference = try Self.reference(folder, budget: 240)
        let (store, log, children) = try Self.startSharing(["a", "b"], budget: 240, in: folder)
        children.forEach { $0.process.waitUntilExit() }
        for child in children {
            #expect(child.process.terminationReason == .exit && child.process.terminationStatus == 0, "\(child.stderr)")
        }
        let entries = try EvaluationLog(path: log)
        let completed = try Self.completedKeys(store)
        #expect(entries.begun.count == completed.evaluated.count, "every genome evaluated once")
        #expect(Set(entries.begun) == completed.evaluated)
        #expect(entries.processIDs == Set(children.map(\.process.processIdentifier)), "both processes evaluated")
        #expect(children.compactMap(\.evaluatedHere).reduce(0, +) == 240)
        let workers = Set(try StudyStore(path: store).evaluations().compactMap(\.claimedBy))
        #expect(workers.count == 2)
        #expect(try Self.trace(store: store, out: folder.file("a")) == reference)
        #expect(try Self.trace(store: store, out: folder.file("b")) == reference)
    }

    @Test func whenOneOfTwoProcessesIsKilledTheOtherFinishes() throws {
        let folder = try ScratchFolder("survivor")
        defer { folder.remove() }
        let reference = try Self.reference(folder, budget: 192)
        let (store, log, children) = try Self.startSharing(["victim", "survivor"], budget: 192, in: folder)
        Self.waitUntil(log, has: 40, while: children[0])
        try #require(children[0].process.isRunning, "the study ended before the kill; lengthen it")
        children[0].killHard()
        children[1].process.waitUntilExit()
        #expect(children[1].process.terminationStatus == 0, "\(children[1].stderr)")
        let begun = try EvaluationLog(path: log).begun
        // At most the genome the victim was evaluating when killed is evaluated twice.
        #expect(begun.count - Set(begun).count <= 1)
        #expect(try Self.trace(store: store, out: folder.file("survivor")) == reference)
    }
}
