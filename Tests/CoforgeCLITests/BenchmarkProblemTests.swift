import Foundation
import Testing

/// `coforge benchmark-problem`, run as a user would.
@Suite struct BenchmarkProblemCommandTests {
    let command = CommandLineTests()

    @Test func jsonReportsTheFourFiguresAndRepeatsPerSeed() throws {
        let arguments = ["benchmark-problem", "zdt1", "--algorithm", "nsga2", "--population", "20", "--variables", "6",
                         "--evaluations", "1000", "--seed", "3", "--json"]
        let first = try command.run(arguments)
        #expect(first.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let hypervolume = try #require(object["hypervolume"] as? Double)
        #expect(hypervolume > 0 && hypervolume < 1.21)
        #expect((object["igd"] as? Double ?? -1) > 0)
        #expect((object["seconds"] as? Double ?? -1) >= 0)
        #expect(object["evaluations"] as? Int == 1000)
        let second = try command.run(arguments)
        let again = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(again["hypervolume"] as? Double == hypervolume)
    }

    @Test func nsga3OnDTLZ2WritesItsFront() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-front-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try command.run(["benchmark-problem", "dtlz2", "--algorithm", "nsga3", "--population", "16",
                                      "--evaluations", "320", "--seed", "1", "--front-out", url.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("hypervolume") && result.stdout.contains("IGD"))
        let front = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let points = try #require(front["objectives"] as? [[Double]])
        #expect(!points.isEmpty && points.allSatisfy { $0.count == 3 })
    }

    @Test func badInputFailsWithAClearMessage() throws {
        let unknown = try command.run(["benchmark-problem", "zdt7"])
        #expect(unknown.status != 0 && unknown.stderr.contains("zdt7") && unknown.stderr.contains("zdt1"))
        #expect(unknown.stdout.isEmpty)
        let algorithm = try command.run(["benchmark-problem", "zdt1", "--algorithm", "moead"])
        #expect(algorithm.status != 0 && algorithm.stderr.contains("nsga2 or nsga3"))
    }

    @Test func studyRunsResumeAndGiveTheInMemoryFront() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-study-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = ["benchmark-problem", "zdt2", "--population", "12", "--variables", "5", "--evaluations", "240",
                    "--seed", "4", "--json"]
        let memory = try command.run(base)
        let stored = try command.run(base + ["--study", folder])
        #expect(stored.status == 0, "\(stored.stderr)")
        for name in ["study.sqlite", "front.json", "evaluations.csv", "front.svg"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + name), "\(name) missing")
        }
        #expect(stored.stderr.contains("generation") && stored.stderr.contains("hypervolume"))
        func hypervolume(_ output: String) throws -> Double? {
            try (JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["hypervolume"] as? Double
        }
        #expect(try hypervolume(stored.stdout) == hypervolume(memory.stdout))
        let again = try command.run(base + ["--study", folder])
        #expect(again.status != 0 && again.stderr.contains("--resume"))
        let resumed = try command.run(base + ["--study", folder, "--resume"])
        #expect(resumed.status == 0 && resumed.stderr.contains("240 evaluations (0 evaluated by this process"))
        #expect(try hypervolume(resumed.stdout) == hypervolume(memory.stdout))
        let orphan = try command.run(["benchmark-problem", "zdt1", "--resume"])
        #expect(orphan.status != 0 && orphan.stderr.contains("--study"))
    }
}
