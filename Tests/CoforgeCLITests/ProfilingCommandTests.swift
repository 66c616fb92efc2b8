import ArgumentParser
import CostModels
import Foundation
import Profiling
import Testing

@testable import coforge

/// `coforge profile` and `coforge validate-latency`: bad input gives clear errors, and the JSON
/// report has the documented keys.
@Suite struct ProfilingCommandTests {
    static let templateFile = CostCommandTests.profiles.appendingPathComponent("this-machine.yaml").path

    static func message(of body: () throws -> Void) -> String {
        do { try body() } catch { return "\(error)" }
        return ""
    }

    @Test func unknownSpaceAndOptionsAreRefusedWhenParsed() {
        #expect(throws: (any Error).self) { try ValidateLatencyCommand.parseAsRoot(["--profile", "x", "--space", "nb301"]) }
        let text = ValidateLatencyCommand.message(for: ValidationError("unknown space \"nb301\"; known: nb201"))
        #expect(text.contains("unknown space"))
        #expect(throws: (any Error).self) { try ValidateLatencyCommand.parseAsRoot(["--profile", "x", "--space", "nb201", "--samples", "1"]) }
        #expect(throws: (any Error).self) { try ProfileCommand.parseAsRoot(["--clock", "cpu", "--threads", "2"]) }
        #expect(throws: (any Error).self) { try ProfileCommand.parseAsRoot(["--statistic", "mean"]) }
    }

    @Test func missingProfileIsNamed() throws {
        let command = try ValidateLatencyCommand.parse(["--profile", "/nonexistent/p.yaml", "--space", "nb201", "--samples", "2"])
        #expect(Self.message { try command.run() }.contains("no profile \"/nonexistent/p.yaml\""))
    }

    /// A profile without kernel models: validate-latency says so and how to get them.
    @Test func profileWithoutKernelModelsIsRefused() throws {
        var profile = try HardwareProfile(contentsOf: URL(fileURLWithPath: Self.templateFile))
        profile.cpu?.kernelModels = nil
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-no-models-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try profile.write(to: url)
        let command = try ValidateLatencyCommand.parse(["--profile", url.path, "--space", "nb201", "--samples", "2"])
        #expect(Self.message { try command.run() }
            == "\(url.path): cpu.kernelModels is missing; run `coforge profile --out FILE` on this machine first")
    }

    @Test func kernelModelsAtAnotherThreadCountAreRefused() throws {
        var profile = try HardwareProfile(contentsOf: URL(fileURLWithPath: Self.templateFile))
        profile.sources["run"] = Source(kind: .measurement, date: "2026-11-22", command: "coforge profile")
        profile.cpu?.kernelModels = ProfileTable(["conv": KernelModel(intercept: 0, logRooflineSeconds: 1, threads: 1, sampleCount: 3,
                                                                      meanAbsoluteRelativeError: 0.1, source: "run")])
        #expect(try ValidateLatencyCommand.kernelModelThreads(of: profile, named: "p.yaml", requested: nil) == 1)
        #expect(Self.message { _ = try ValidateLatencyCommand.kernelModelThreads(of: profile, named: "p.yaml", requested: 2) }
            == "p.yaml: no kernel models at 2 thread(s) (cpu.kernelModels.*.threads is 1); profile again with --threads 2")
    }

    /// The keys at the top level are the headline figures: the normalised ones when the
    /// machine ran slower than the quiet gate's tolerance, the raw ones at its quiet speed;
    /// `raw` and `normalised` hold both scales.
    @Test(arguments: [1.3, 1.01])
    func jsonReportHasTheDocumentedKeys(speedRatio: Double) throws {
        let entries = [(2e-3, 2.1e-3), (4e-3, 3.9e-3), (8e-3, 9.5e-3)].map { normalised, predicted in
            LatencyValidationResult.Entry(genome: "g", measuredSeconds: 1.5 * normalised, normalisedSeconds: normalised, predictedSeconds: predicted,
                                          noise: MeasurementNoise([normalised, normalised * 1.3]),
                                          normalisedNoise: MeasurementNoise([normalised, normalised * 1.02]), latencyBasis: .fitted)
        }
        let result = LatencyValidationResult(entries: entries, threads: 1, clock: .processCPU, statistic: .median, rounds: 2,
                                             seconds: 1, speedRatio: speedRatio, slowedShare: 0, nearQuietShare: 0.75,
                                             quietProbeSeconds: 1e-3, quietProbeFromProfile: true)
        let text = try ValidationReport(result: result, space: "nb201", profile: "p").json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let normalisedMAPE = (0.05 + 0.025 + 0.1875) / 3, rawMAPE = (0.3 + 0.35 + 2.5 / 12) / 3
        let raw = try #require(json["raw"] as? [String: Any]), normalised = try #require(json["normalised"] as? [String: Any])
        #expect(abs((raw["mape"] as? Double ?? 0) - rawMAPE) < 1e-12 && raw["within10"] as? Double == 0)
        #expect(abs((normalised["mape"] as? Double ?? 0) - normalisedMAPE) < 1e-12)
        #expect((raw["noise"] as? [String: Any])?["halvesWithin10"] as? Double == 0)
        #expect((normalised["noise"] as? [String: Any])?["halvesWithin10"] as? Double == 1)
        #expect((normalised["noise"] as? [String: Any])?["halvesSpearman"] as? Double == 1)
        #expect(json["spearman"] as? Double == 1)
        if speedRatio > 1.1 {
            #expect(json["headline"] as? String == "normalised")
            #expect(abs((json["within10"] as? Double ?? 0) - 2.0 / 3) < 1e-12)
            #expect(abs((json["mape"] as? Double ?? 0) - normalisedMAPE) < 1e-12)
        } else {
            #expect(json["headline"] as? String == "raw")
            #expect(json["within10"] as? Double == 0)
            #expect(abs((json["mape"] as? Double ?? 0) - rawMAPE) < 1e-12)
        }
        #expect(json["quietProbeFrom"] as? String == "profile" && json["nearQuietShare"] as? Double == 0.75)
        #expect(json["clock"] as? String == "cpu")
        #expect((json["networks"] as? [Any])?.count == 3)
    }
}
