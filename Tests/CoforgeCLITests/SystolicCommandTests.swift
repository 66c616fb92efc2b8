import Foundation
import Testing

/// `coforge systolic` run as a user would, on a topology file it writes.
@Suite struct SystolicCommandTests {
    static func topology(_ rows: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-topology-\(UUID()).csv")
        let header = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
        try Data((header + rows).utf8).write(to: url)
        return url
    }

    /// Cycles are SCALE-Sim 3.0.0's for these rows on an 8×8 output-stationary array (799 and 353).
    @Test func jsonHasLayersAndTotal() throws {
        let url = try Self.topology("a, 10, 10, 3, 3, 4, 12, 1,\nb, 9, 9, 3, 3, 5, 20, 2,\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandLineTests().run(["systolic", "--rows", "8", "--cols", "8", "--dataflow", "os",
                                                 "--topology", url.path, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let layers = try #require(object["layers"] as? [[String: Any]])
        #expect(layers.map { $0["name"] as? String } == ["a", "b"])
        #expect(layers.map { $0["computeCycles"] as? Int } == [799, 353])
        #expect(layers.allSatisfy { $0["stallCycles"] as? Int == 0 && $0["utilization"] is Double })
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["computeCycles"] as? Int == 1152)
        #expect(total["macs"] as? Int == 27648 + 14400)
        #expect(total["latencySeconds"] == nil)
    }

    @Test func tableWithTheEyerissProfileHasLatencyAndEnergy() throws {
        let url = try Self.topology("a, 10, 10, 3, 3, 4, 12, 1\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let profile = CostCommandTests.profiles.appendingPathComponent("eyeriss-like.yaml").path
        let result = try CommandLineTests().run(["systolic", "--rows", "12", "--cols", "14", "--dataflow", "ws",
                                                 "--topology", url.path, "--profile", profile, "--bandwidth", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("latency µs"))
        #expect(result.stdout.contains("energy ×MAC"))
        #expect(result.stdout.contains("globalBuffer"))
        let plain = try CommandLineTests().run(["systolic", "--rows", "8", "--cols", "8", "--dataflow", "is", "--topology", url.path])
        #expect(plain.stdout.contains("energy: not available"))
    }

    @Test func badRowNamesFileLineAndColumn() throws {
        let url = try Self.topology("a, 10, 10, 3, 3, 4, 12, 1,\nb, 9, nine, 3, 3, 5, 20, 2,\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandLineTests().run(["systolic", "--rows", "8", "--cols", "8", "--dataflow", "os", "--topology", url.path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(url.path):3: column \"IFMAP Width\": expected a positive whole number, got \"nine\""))
    }

    @Test(arguments: [["--dataflow", "rs"], ["--sram-kb", "1,2"], ["--bandwidth", "0"], ["--rows", "0"]])
    func badOptionsAreRefused(_ options: [String]) throws {
        var arguments = ["systolic", "--rows", "8", "--cols", "8", "--dataflow", "os", "--topology", "/nonexistent.csv"]
        for pair in stride(from: 0, to: options.count, by: 2) {
            if let i = arguments.firstIndex(of: options[pair]) { arguments[i + 1] = options[pair + 1] } else { arguments += [options[pair], options[pair + 1]] }
        }
        let result = try CommandLineTests().run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(options[0]))
    }
}
