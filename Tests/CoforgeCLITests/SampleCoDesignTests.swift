import CostModels
import Foundation
import Testing

/// `coforge sample` on a co-design space, run as a user would (from the package root, so the
/// profile id `eyeriss-like` is found in ./HardwareProfiles).
@Suite struct SampleCoDesignTests {
    let command = CommandLineTests()

    @Test func tableShowsEachGenomesAccelerator() throws {
        let result = try command.run(["sample", "--space", "nb201+eyeriss-like", "--count", "4", "--seed", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "nb201+eyeriss-like: 13 genes, 54,000,000 genomes; seed 1")
        #expect(lines.count == 6)
        for column in ["PEs", "dataflow", "buffer", "RF", "W/A bits"] { #expect(lines[1].contains(column)) }
        #expect(lines[2].contains("8×14") && lines[2].contains("inputStationary") && lines[2].contains("216.00 KiB"))
    }

    @Test func profilesOutWritesValidProfilesAndDocumentsInspect() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-designs-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try command.run(["sample", "--space", "nb201+eyeriss-like", "--count", "3", "--seed", "2", "--json",
                                      "--profiles-out", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = result.stdout.split(separator: "\n")
        #expect(documents.count == 3)
        for i in 0..<3 {
            let profile = try HardwareProfile(contentsOf: folder.appendingPathComponent("\(i).yaml"))
            #expect(profile.kind == .asicDataflow)
            #expect(profile.name.hasPrefix("Eyeriss-like row-stationary accelerator [peRowCount="))
        }
        let genome = folder.appendingPathComponent("genome.json")
        try Data(documents[0].utf8).write(to: genome)
        let inspected = try command.run(["inspect", genome.path])
        #expect(inspected.status == 0, "\(inspected.stderr)")
        #expect(inspected.stdout.contains("parameters"))
    }

    @Test(arguments: [
        (["--space", "nb201", "--profiles-out", "/tmp/x"], "--profiles-out needs a co-design space"),
        (["--space", "nb201+xeon-gold-6226"], "is of kind cpu; expected asic-dataflow"),
        (["--space", "nb999+eyeriss-like"], "unknown network space \"nb999\""),
        (["--space", "nb201+no-such-profile"], "no profile \"no-such-profile\""),
    ])
    func badSpacesFailNamingTheProblem(arguments: [String], message: String) throws {
        let result = try command.run(["sample"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
