import CostModels
import Foundation
import NetworkIR
import Testing

/// The `table` kernel model: measured kernels as points interpolated around a logLinear baseline.
@Suite struct KernelTableTests {
    static func point(_ x: Double, _ residual: Double) -> KernelPoint {
        KernelPoint(features: [x, 0, 0, 0, 0, 0, 0, 0], logResidual: residual)
    }

    static func model(points: [KernelPoint]?, neighbours: Int? = 2) -> KernelModel {
        KernelModel(form: .table, intercept: 0, logRooflineSeconds: 1, threads: 1, sampleCount: 3,
                    meanAbsoluteRelativeError: 0.05, source: "run", neighbourCount: neighbours, points: points)
    }

    @Test func aMeasuredShapeIsPredictedAsMeasuredAndOthersInterpolated() throws {
        let model = Self.model(points: [Self.point(0, log(2)), Self.point(1, 0), Self.point(2, log(0.5))])
        let features = { (x: Double) in KernelFeatures(values: [x, 0, 0, 0, 0, 0, 0, 0]) }
        let exact = try #require(model.predictSeconds(computeSeconds: 1e-3, memorySeconds: 1e-4, features: features(0)))
        #expect(abs(exact - 2e-3) < 1e-15)
        #expect(abs(try #require(model.predictSeconds(computeSeconds: 1e-3, memorySeconds: 1e-4)) - 1e-3) < 1e-15)
        // x = 0.5 in units of the feature's standard deviation √(2/3): equal distances to the
        // points at 0 and 1, each weight 1/d² = 8/3, plus the pseudo-point's weight 1.
        let between = try #require(model.predictSeconds(computeSeconds: 1e-3, memorySeconds: 1e-4, features: features(0.5)))
        let w = 8.0 / 3
        #expect(abs(log(between / 1e-3) - (w * log(2)) / (2 * w + 1)) < 1e-12)
    }

    @Test func tableModelsRoundTripThroughYAML() throws {
        var profile = try ProfileFixture.profile()
        profile.sources["run"] = Source(kind: .measurement, date: "2026-11-22", command: "coforge profile")
        profile.cpu?.kernelModels = ProfileTable(["conv": Self.model(points: [Self.point(0.25, -0.125), Self.point(1, 0.5)])])
        let text = try profile.yamlText()
        #expect(text.contains("- {features: [0.25, 0, 0, 0, 0, 0, 0, 0], logResidual: -0.125}"))
        #expect(try HardwareProfile(yaml: text, file: "t.yaml") == profile)
    }

    static let badTables: [(KernelModel, String)] = [
        (model(points: nil), "cpu.kernelModels.conv.points: expected a non-empty list of {features: [8 numbers], logResidual: number} for a table model"),
        (model(points: [point(0, 0)], neighbours: nil), "cpu.kernelModels.conv.neighbourCount: expected a whole number ≥ 0 for a table model, got nothing"),
        (model(points: [KernelPoint(features: [1, 2], logResidual: 0)]),
         "cpu.kernelModels.conv.points[0].features: expected 8 finite numbers (logInChannels, logOutChannels, logInPlane, logOutPlane, logKernelArea, logStrideArea, logGroups, activation), got 2"),
        (KernelModel(intercept: 0, threads: 1, sampleCount: 1, meanAbsoluteRelativeError: 0, source: "run", points: [point(0, 0)]),
         "cpu.kernelModels.conv.points: only a table model has points; expected form: table or no points"),
    ]

    @Test(arguments: badTables.indices)
    func malformedTablesAreNamed(_ index: Int) throws {
        var profile = try ProfileFixture.profile()
        profile.sources["run"] = Source(kind: .measurement, date: "2026-11-22", command: "coforge profile")
        profile.cpu?.kernelModels = ProfileTable(["conv": Self.badTables[index].0])
        #expect(profile.validate().map(\.description) == [Self.badTables[index].1])
    }
}
