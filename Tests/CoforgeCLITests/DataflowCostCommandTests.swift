import Foundation
import Testing

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

    /// 60 cells whose latency is the accelerator model's own: uncalibrated Spearman is 1.
    @Test func uncalibratedScoreOfTheProfile() throws {
        let table = try CalibrateTableCommandTests().writeTable()
        defer { try? FileManager.default.removeItem(atPath: table) }
        let result = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column", "device_ms",
                                      "--profile", Self.profile, "--uncalibrated", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let quality = try #require(object["quality"] as? [String: Any])
        #expect((quality["spearman"] as? Double ?? 0) > 0.9)
        #expect(object["basis"] as? String == "dataflow Eyeriss-like row-stationary accelerator")
        let calibrated = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column", "device_ms",
                                          "--profile", Self.profile, "--samples", "10", "--seeds", "2", "--json"])
        #expect(calibrated.status == 0, "\(calibrated.stderr)")
    }
}
