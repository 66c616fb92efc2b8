import ArgumentParser
import Foundation
import Testing
import CostModels

@testable import coforge

@Suite struct CostCommandTests {
    static let profiles = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HardwareProfiles")

    @Test func costReportOnTheXeonProfile() throws {
        let net = try NetworkSource.load("mobilenetv2", resolution: nil, classes: nil)
        let profile = try ProfileLocator.load(Self.profiles.appendingPathComponent("xeon-gold-6226.yaml").path)
        let estimate = try CPUCostModel(profile: profile).cost(of: net)
        let report = CostReport(network: net, profile: profile, estimate: estimate)
        let text = try report.json()
        #expect(try JSONDecoder().decode(CostEstimate.self, from: Data(text.utf8)) == estimate)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(json?["network"] as? String == "mobilenetv2")
        #expect((json?["layers"] as? [Any])?.count == net.layers.count)
        #expect(json?["energyBasis"] as? String == "modelledFromPower")
        let table = report.table()
        #expect(table.contains("latency "))
        #expect(table.contains("modelled: latency × power.thermalDesignPowerWatts"))
    }

    @Test func unknownProfileIdListsTheKnownOnes() {
        #expect {
            _ = try ProfileLocator.locate("xeon-gold-6262")
        } throws: { error in
            "\(error)".contains("no profile \"xeon-gold-6262\"")
        }
    }

    @Test func profileCheckFailsOnABadFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-bad-\(UUID()).yaml")
        try Data("schemaVersion: 1\nkind: gpu\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let command = try ProfileCheckCommand.parse([url.path])
        #expect(throws: ExitCode(1)) { try command.run() }
        let good = try ProfileCheckCommand.parse([Self.profiles.appendingPathComponent("stm32f746.yaml").path])
        try good.run()
    }
}

@Suite struct MCUCostCommandTests {
    @Test func jsonHasTheFiguresAndThePlan() throws {
        let net = try NetworkSource.load("mcunet-in2", resolution: nil, classes: nil)
        let profile = try ProfileLocator.load(CostCommandTests.profiles.appendingPathComponent("stm32f746.yaml").path)
        let report = MCUCostReport(network: net, profile: profile, estimate: try MCUCostModel(profile: profile).cost(of: net))
        let json = try JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [String: Any]
        for key in ["latencySeconds", "peakSRAMBytes", "flashBytes", "energyJoules", "layers", "plan", "fits", "sramOverflowBytes"] {
            #expect(json?[key] != nil || key == "energyJoules", "missing \(key)")
        }
        let plan = json?["plan"] as? [String: Any]
        #expect((plan?["tensors"] as? [[String: Any]])?.first?["offsetBytes"] != nil)
        #expect(report.table().contains("arena plan"))
    }

    @Test func badBitsAreRefused() {
        #expect(throws: (any Error).self) { try CostCommand.parse(["mcunet-in2", "--profile", "stm32f746", "--bits", "5"]) }
    }

    @Test func aNetworkThatDoesNotFitExitsWith3AfterPrinting() throws {
        let command = try CostCommand.parse(["resnet18", "--profile", CostCommandTests.profiles.appendingPathComponent("nrf52840.yaml").path, "--json"])
        #expect(throws: ExitCode(3)) { try command.run() }
    }

    @Test func bitsOnACPUProfileAreRefused() throws {
        let command = try CostCommand.parse(["lenet5", "--profile", CostCommandTests.profiles.appendingPathComponent("xeon-gold-6226.yaml").path, "--bits", "4"])
        #expect(throws: CommandError.self) { try command.run() }
    }
}
