import Foundation
import Testing

/// `coforge calibrate-table` on small tables written by the test.
@Suite struct CalibrateTableCommandTests {
    let command = CommandLineTests()
    let operations = ["none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"]

    /// 60 NB201 cells on an eager device costing 2 ms plus 3 ms per 3x3 and 1 ms per 1x1 edge.
    func writeTable(corrupt: Bool = false) throws -> String {
        var lines = ["id,arch_str,device_ms"]
        for i in 0..<60 {
            let ops = (0..<6).map { operations[(i * (7 + $0) + $0 * $0) % 5] }
            let arch = "|\(ops[0])~0|+|\(ops[1])~0|\(ops[2])~1|+|\(ops[3])~0|\(ops[4])~1|\(ops[5])~2|"
            let ms = 2 + 3 * Double(ops.count { $0 == "nor_conv_3x3" }) + Double(ops.count { $0 == "nor_conv_1x1" })
            lines.append("\(i),\(corrupt && i == 7 ? "|conv~0|" : arch),\(ms)")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-latency-\(UUID()).csv")
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aLinearDeviceIsPredictedExactly() throws {
        let table = try writeTable()
        defer { try? FileManager.default.removeItem(atPath: table) }
        let result = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column",
                                      "device_ms", "--samples", "10", "--seeds", "3", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // Cells with equal counts tie in the table but not quite in the prediction.
        #expect((object["spearman"] as? Double ?? 0) > 0.95)
        #expect((object["mape"] as? Double ?? 1) < 0.02)
        #expect((object["within10"] as? Double ?? 0) >= 0.98)
        #expect(object["predicted"] as? Int == 50)
        for key in ["kendall", "mape", "samples", "seeds"] { #expect(object[key] != nil, "\(key) missing") }
    }

    @Test func badTablesNameTheFileLineAndColumn() throws {
        let table = try writeTable(corrupt: true)
        defer { try? FileManager.default.removeItem(atPath: table) }
        let column = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column", "ms"])
        #expect(column.status != 0 && column.stderr.contains(table) && column.stderr.contains("\"ms\""))
        #expect(column.stderr.contains("device_ms"))
        let arch = try command.run(["calibrate-table", "--space", "nb201", "--table", table, "--latency-column", "device_ms"])
        #expect(arch.status != 0 && arch.stderr.contains("line 9") && arch.stderr.contains("arch_str"))
        #expect(arch.stdout.isEmpty)
    }
}
