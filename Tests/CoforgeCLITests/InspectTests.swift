import Foundation
import Testing

@testable import coforge

@Suite struct InspectTests {
    @Test func mobileNetV2ReportMatchesPublishedTotals() throws {
        let net = try NetworkSource.load("mobilenetv2", resolution: nil, classes: nil)
        let report = try InspectReport(network: net, weightBits: 8, activationBits: 8)
        #expect(abs(Double(report.macs) - 300.8e6) / 300.8e6 < 0.005)
        #expect(report.params == 3_504_872)
        #expect(report.layers.reduce(0) { $0 + $1.macs } == report.macs)
        #expect(report.layers.first?.outputShape == [32, 112, 112])
        // Input 3x224x224 and the first conv's output 32x112x112 live together at int8.
        #expect(report.peakActivationBytes >= 3 * 224 * 224 + 32 * 112 * 112)
    }

    @Test func nb201SpecBuildsTheMacroNetwork() throws {
        let arch = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|"
        let net = try NetworkSource.load("nb201:" + arch, resolution: nil, classes: nil)
        // NAS-Bench-201 reports 113.951370 M FLOPs (MACs + bias adds) and 0.802426 M parameters.
        #expect(net.totalCounts.macs + net.totalCounts.biasAdds == 113_951_370)
        #expect(net.parameters == 802_426)
    }

    @Test func unknownNameListsTheZoo() {
        #expect {
            _ = try NetworkSource.load("mobilenetv9", resolution: nil, classes: nil)
        } throws: { error in
            let text = "\(error)"
            return text.contains("mobilenetv9") && text.contains("resnet18") && text.contains("nb201:")
        }
    }

    @Test func fileErrorsNameTheFileAndPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-bad-\(UUID()).json")
        try Data(#"{"format":"coforge.network","formatVersion":1,"name":"x","input":[1,4,4],"layers":[{"name":"c","type":"conv2d","outChannels":2}]}"#.utf8)
            .write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try NetworkSource.load(url.path, resolution: nil, classes: nil)
        } throws: { error in
            "\(error)".contains(url.path) && "\(error)".contains("layers[0].kernel")
        }
    }

    @Test func genomeFilesDecodeThroughTheirSpace() throws {
        let dir = FileManager.default.temporaryDirectory
        let good = dir.appendingPathComponent("coforge-genome-\(UUID()).json")
        let bad = dir.appendingPathComponent("coforge-genome-bad-\(UUID()).json")
        defer { [good, bad].forEach { try? FileManager.default.removeItem(at: $0) } }
        let genes = #""edge_1_0":"nor_conv_3x3","edge_2_0":"nor_conv_3x3","edge_2_1":"avg_pool_3x3","edge_3_0":"skip_connect","edge_3_1":"nor_conv_3x3""#
        try Data(#"{"space":"nb201","genes":{"# .appending(genes + #","edge_3_2":"skip_connect"}}"#).utf8).write(to: good)
        try Data(#"{"space":"nb201","genes":{"# .appending(genes + #","edge_3_2":"conv_9x9"}}"#).utf8).write(to: bad)
        let net = try NetworkSource.load(good.path, resolution: nil, classes: nil)
        #expect(net.parameters == 802_426)
        #expect {
            _ = try NetworkSource.load(bad.path, resolution: nil, classes: nil)
        } throws: { error in
            "\(error)".contains(bad.path) && "\(error)".contains("edge_3_2") && "\(error)".contains("conv_9x9")
        }
    }

    @Test func tableShowsTotals() throws {
        let net = try NetworkSource.load("resnet8", resolution: nil, classes: nil)
        let text = try InspectReport(network: net, weightBits: 8, activationBits: 8).table()
        #expect(text.contains("12,501,632"))
        #expect(text.contains("conv2d"))
    }
}

/// Runs the built `coforge` binary, as a user would.
@Suite struct CommandLineTests {
    static let binary: URL? = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [dir, dir.deletingLastPathComponent()].map { $0.appendingPathComponent("coforge") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let binary = Self.binary else {
            throw CommandLineTestError.binaryNotFound(CommandLine.arguments[0])
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func inspectJSON() throws {
        let result = try run(["inspect", "mobilenetv2", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["params"] as? Int == 3_504_872)
        #expect(object["macs"] as? Int == 300_774_272)
        #expect((object["layers"] as? [Any])?.isEmpty == false)
    }

    @Test func unknownNameFailsWithTheZooList() throws {
        let result = try run(["inspect", "nosuchnet"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("mobilenetv2"))
        #expect(result.stdout.isEmpty)
    }

    @Test func sampleIsSeeded() throws {
        let a = try run(["sample", "--space", "fbnet", "--count", "3", "--seed", "11", "--json"])
        let b = try run(["sample", "--space", "fbnet", "--count", "3", "--seed", "11", "--json"])
        let c = try run(["sample", "--space", "fbnet", "--count", "3", "--seed", "12", "--json"])
        #expect(a.status == 0)
        #expect(a.stdout.split(separator: "\n").count == 3)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        #expect(try run(["sample", "--space", "nope"]).status != 0)
    }

    @Test func zooListsEveryModel() throws {
        let result = try run(["zoo"])
        #expect(result.status == 0)
        for name in ["mobilenetv2", "resnet18", "dscnn-kws", "fc-autoencoder", "mcunet-style"] {
            #expect(result.stdout.contains(name))
        }
    }
}

enum CommandLineTestError: Error {
    case binaryNotFound(String)
}
