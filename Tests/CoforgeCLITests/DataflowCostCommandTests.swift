import CostModels
import Foundation
import Testing

@testable import coforge

/// `coforge cost … --profile eyeriss-like` and the accelerator basis of `calibrate-table`.
@Suite struct DataflowCostCommandTests {
    let command = CommandLineTests()
    static let profile = CostCommandTests.profiles.appendingPathComponent("eyeriss-like.yaml").path
    static let cell = "nb201:|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_1x1~1|nor_conv_3x3~2|"

    @Test func jsonHasLayersAndTotals() throws {
        let result = try command.run(["cost", Self.cell, "--profile", Self.profile, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let layers = try #require(object["layers"] as? [[String: Any]])
        let total = try #require(object["total"] as? [String: Any])
        #expect(layers.first?["name"] as? String == "stem.conv")
        for key in ["name", "macs", "computeCycles", "stallCycles", "utilization", "energyJoules", "latencySeconds", "accesses"] {
            #expect(layers.allSatisfy { $0[key] != nil }, "\(key) missing")
        }
        for key in ["latencySeconds", "energyJoules", "areaSquareMillimetres", "computeCycles", "stallCycles", "peakMemoryBytes",
                    "energyByLevel"] {
            #expect(total[key] != nil, "\(key) missing")
        }
        let latency = layers.reduce(0.0) { $0 + ($1["latencySeconds"] as? Double ?? 0) }
        #expect(abs(latency - (total["latencySeconds"] as? Double ?? 0)) < 1e-12)
        // The shipped profile's area figures give back the 12.25 mm² Eyeriss core.
        #expect(abs((total["areaSquareMillimetres"] as? Double ?? 0) - 12.25) < 0.01)
    }

    @Test func tableNamesCyclesEnergyAndArea() throws {
        let result = try command.run(["cost", Self.cell, "--profile", Self.profile])
        #expect(result.status == 0, "\(result.stderr)")
        for text in ["compute cycles", "stall cycles", "energy ", "area ", "cells.0.edge2_1.pool", "globalBuffer"] {
            #expect(result.stdout.contains(text), "\(text) missing")
        }
    }

    /// 20 cells whose "measured" latency is the accelerator model's own: the uncalibrated score
    /// predicts them to rounding; the calibrated run accepts the accelerator basis.
    @Test func uncalibratedScoreOfTheProfile() throws {
        let model = try DataflowCostModel(profile: try ProfileLocator.load(Self.profile))
        let operations = ["none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"]
        var lines = ["arch_str,model_s"]
        for i in 0..<20 {
            let ops = (0..<6).map { operations[(i * (3 + $0) + $0 * $0 + i / 5) % 5] }
            let arch = "|\(ops[0])~0|+|\(ops[1])~0|\(ops[2])~1|+|\(ops[3])~0|\(ops[4])~1|\(ops[5])~2|"
            let seconds = try model.cost(of: try NetworkSource.load("nb201:" + arch, resolution: nil, classes: nil)).latencySeconds
            lines.append("\(arch),\(seconds)")
        }
        let table = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-eyeriss-\(UUID()).csv").path
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: table, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: table) }
        let result = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column", "model_s",
                                      "--profile", Self.profile, "--uncalibrated", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let quality = try #require(object["quality"] as? [String: Any])
        // Cells of equal latency tie in the table; the per-kind sums break some ties by rounding.
        #expect((quality["spearman"] as? Double ?? 0) > 0.99)
        #expect((quality["mape"] as? Double ?? 1) < 1e-9)
        #expect(object["basis"] as? String == "dataflow Eyeriss-like row-stationary accelerator")
        let calibrated = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column", "model_s",
                                          "--profile", Self.profile, "--samples", "10", "--seeds", "2", "--json"])
        #expect(calibrated.status == 0, "\(calibrated.stderr)")
        let fitted = try #require(try JSONSerialization.jsonObject(with: Data(calibrated.stdout.utf8)) as? [String: Any])
        #expect((fitted["spearman"] as? Double ?? 0) > 0.99)
    }
}
