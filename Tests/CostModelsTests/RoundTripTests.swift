import CostModels
import Foundation
import Testing

@Suite struct RoundTripTests {
    /// The fixture with what a profiler adds: a measurement source, overhead and a kernel model.
    static func measuredProfile() throws -> HardwareProfile {
        var profile = try ProfileFixture.profile()
        profile.sources["run"] = Source(kind: .measurement, date: "2026-11-22", command: "coforge profile --quick")
        profile.cpu?.layerOverheadSeconds = Quantity(1.5e-6, source: "run")
        profile.cpu?.kernelModels = ProfileTable([
            "conv": KernelModel(intercept: 0.1 + 0.2, logRooflineSeconds: 0.93, threads: 2, sampleCount: 240,
                                meanAbsoluteRelativeError: 0.061, source: "run"),
            "add": KernelModel(intercept: -1.25, logMemorySeconds: 1, threads: 1, sampleCount: 12,
                               meanAbsoluteRelativeError: 0.02, source: "run"),
        ])
        return profile
    }

    @Test func writtenTextLoadsToTheSameProfile() throws {
        let profile = try Self.measuredProfile()
        let text = try profile.yamlText()
        let again = try HardwareProfile(yaml: text, file: "written.yaml")
        #expect(again == profile)
        #expect(again.cpu?.kernelModels?["conv"]?.intercept == 0.1 + 0.2)
        #expect(try again.yamlText() == text)
    }

    @Test func keysAreWrittenInSchemaOrder() throws {
        let text = try Self.measuredProfile().yamlText()
        let topLevel = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") && !$0.hasPrefix("-") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(topLevel == ["schemaVersion", "kind", "name", "clocks", "memory", "power", "cpu", "sources"])
        #expect(text.contains("  coreClockHz: {value: 1000000000, source: sheet}\n"))
        #expect(text.contains("  layerOverheadSeconds: {value: 1.5e-06, source: run}\n"))
        #expect(text.range(of: "    add:")!.lowerBound < text.range(of: "    conv:")!.lowerBound)
    }

    @Test func writeIsAtomicAndRefusesInvalidProfiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("device.yaml")
        let profile = try Self.measuredProfile()
        try profile.write(to: url)
        #expect(try HardwareProfile(contentsOf: url) == profile)

        var broken = profile
        broken.cpu?.coreCount = Count(4, source: "nowhere")
        #expect(throws: ProfileLoadError.self) { try broken.write(to: url) }
        #expect(try HardwareProfile(contentsOf: url) == profile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["device.yaml"])
    }

    @Test func validateNamesTheKeyPathOfProfilesBuiltInCode() throws {
        var profile = try Self.measuredProfile()
        let conv = profile.cpu?.kernelModels?["conv"]
        profile.cpu?.kernelModels?["convv"] = conv
        profile.cpu?.kernelModels?["add"]?.source = "sheet"
        #expect(profile.validate().map(\.description) == [
            "cpu.kernelModels.add.source: expected a measurement source (date and command); \"sheet\" is a datasheet",
            "cpu.kernelModels.convv: unknown kernel class; did you mean conv? expected one of "
                + KernelClass.allCases.map(\.rawValue).joined(separator: ", "),
        ])
    }
}
