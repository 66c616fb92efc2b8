import CostModels
import Foundation
import Testing

@testable import coforge

/// `coforge calibrate` against a synthetic device: the Raspberry Pi 4 profile's own model with
/// 3x3 convolutions three times slower.
@Suite struct CalibrateCommandTests {
    let command = CommandLineTests()
    let cells = [
        "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_1x1~1|+|skip_connect~0|nor_conv_3x3~1|avg_pool_3x3~2|",
        "|nor_conv_1x1~0|+|skip_connect~0|avg_pool_3x3~1|+|nor_conv_3x3~0|none~1|nor_conv_1x1~2|",
        "|avg_pool_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|nor_conv_1x1~0|nor_conv_1x1~1|none~2|",
        "|skip_connect~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|avg_pool_3x3~0|skip_connect~1|nor_conv_3x3~2|",
        "|nor_conv_3x3~0|+|none~0|avg_pool_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|skip_connect~2|",
        "|nor_conv_1x1~0|+|nor_conv_1x1~0|nor_conv_3x3~1|+|none~0|avg_pool_3x3~1|nor_conv_1x1~2|",
        "|none~0|+|nor_conv_3x3~0|nor_conv_1x1~1|+|nor_conv_3x3~0|skip_connect~1|avg_pool_3x3~2|",
        "|avg_pool_3x3~0|+|avg_pool_3x3~0|nor_conv_3x3~1|+|nor_conv_1x1~0|nor_conv_3x3~1|nor_conv_3x3~2|",
        "|nor_conv_3x3~0|+|skip_connect~0|none~1|+|avg_pool_3x3~0|nor_conv_1x1~1|skip_connect~2|",
        "|skip_connect~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|avg_pool_3x3~1|nor_conv_1x1~2|",
        "|nor_conv_1x1~0|+|avg_pool_3x3~0|nor_conv_1x1~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|",
        "|nor_conv_3x3~0|+|nor_conv_1x1~0|avg_pool_3x3~1|+|nor_conv_1x1~0|skip_connect~1|nor_conv_1x1~2|",
    ]
    var profilePath: String { CostCommandTests.profiles.appendingPathComponent("raspberry-pi-4.yaml").path }

    func device(_ spec: String) throws -> Double {
        let model = try CPUCostModel(profile: try ProfileLocator.load(profilePath), threads: 4)
        return try model.cost(of: try NetworkSource.load(spec, resolution: nil, classes: nil)).layers.reduce(0) {
            $0 + $1.kernelSeconds * ($1.kernelClass == .conv ? 3 : 1)
        }
    }

    @Test func recoversTheSlowKernelClassAndWritesAValidProfile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-calibrate-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try cells.prefix(10).map { "nb201:\($0),\(try device("nb201:\($0)") * 1e3)" }
        let csv = folder.appendingPathComponent("pi4.csv"), out = folder.appendingPathComponent("pi4.yaml")
        try (["network,latency_ms"] + rows).joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        let result = try command.run(["calibrate", "--profile", profilePath, "--measured", csv.path, "--threads", "4",
                                      "--out", out.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let corrections = try #require(object["corrections"] as? [String: Double])
        #expect(abs((corrections["conv"] ?? 0) - 3) < 0.3, "\(corrections)")
        #expect((object["calibratedMAPE"] as? Double ?? 1) < 0.05)
        let calibrated = try CPUCostModel(profile: try HardwareProfile(contentsOf: out), threads: 4)
        for cell in cells.suffix(2) {
            let predicted = try calibrated.cost(of: try NetworkSource.load("nb201:\(cell)", resolution: nil, classes: nil))
            #expect(abs(predicted.latencySeconds / (try device("nb201:\(cell)")) - 1) < 0.1)
        }
        #expect(try String(contentsOf: out, encoding: .utf8).contains("kind: measurement"))
    }

    @Test func aLatencyColumnWithoutUnitIsRefused() throws {
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-nounit-\(UUID()).csv")
        try "network,latency\nresnet8,3.5\n".write(to: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: csv) }
        let result = try command.run(["calibrate", "--profile", profilePath, "--measured", csv.path,
                                      "--latency-column", "latency", "--out", "/tmp/never-written.yaml"])
        #expect(result.status != 0 && result.stderr.contains("\"latency\" has no unit") && result.stderr.contains("_ms"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.yaml"))
    }
}
