import Foundation
import NetworkIR
import Profiling
import Randomness
import SearchSpaces
import Testing

/// Calibration against synthetic devices whose true latency law is known.
@Suite struct LatencyCalibrationTests {
    let space = NB201Space()

    /// A device that runs `optimization` and costs 1 ns per 3x3 MAC, 2 ns per 1x1 MAC, 5 ns per
    /// pooled element, 20 µs per layer and 1 ms fixed.
    func device(_ network: Network, _ optimization: GraphOptimization) -> Double {
        let work = WorkProfile(network: network, optimization: optimization)
        return 1e-3 + 20e-6 * Double(work.executedLayerCount)
            + 1e-9 * (work.workByKind[OperatorKind("conv3x3")] ?? 0)
            + 2e-9 * (work.workByKind[OperatorKind("conv1x1")] ?? 0)
            + 5e-9 * (work.workByKind[OperatorKind("avgPool")] ?? 0)
    }

    func networks(_ count: Int, seed: UInt64) throws -> [Network] {
        var rng = SeededGenerator(seed: seed)
        return try (0..<count).map { _ in try space.network(for: space.sample(using: &rng)) }
    }

    @Test(arguments: GraphOptimization.allCases)
    func tenNetworksRecoverTheDeviceAndItsRuntime(_ optimization: GraphOptimization) throws {
        let train = try networks(10, seed: 1)
        let model = try LatencyCalibration().fit(networks: train, latenciesSeconds: train.map { device($0, optimization) })
        #expect(model.optimization == optimization)
        let test = try networks(200, seed: 2)
        let quality = PredictionQuality(
            predicted: test.map { model.latencySeconds(of: WorkProfile(network: $0, optimization: model.optimization)) }, measured: test.map { device($0, optimization) })
        // The ridge chosen by leave-one-out biases an exact law slightly.
        #expect(quality.within10 >= 0.98)
        #expect(quality.mape < 0.02)
        #expect(quality.spearman > 0.99)
    }

    @Test func modelsSurviveJSON() throws {
        let train = try networks(6, seed: 3)
        let model = try LatencyCalibration(ridges: [0.01], losses: [.squared])
            .fit(networks: train, latenciesSeconds: train.map { device($0, .none) })
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(CalibratedLatencyModel.self, from: data) == model)
        #expect(model.fit.sampleCount == 6)
    }

    @Test func badInputIsRefused() throws {
        let train = try networks(4, seed: 4)
        #expect(throws: CalibrationError.tooFewSamples(2)) {
            try LatencyCalibration().fit(networks: Array(train.prefix(2)), latenciesSeconds: [1, 2])
        }
        #expect(throws: CalibrationError.mismatchedCounts(networks: 4, latencies: 3)) {
            try LatencyCalibration().fit(networks: train, latenciesSeconds: [1, 2, 3])
        }
        #expect(throws: CalibrationError.nonPositiveLatency(index: 1, value: 0)) {
            try LatencyCalibration().fit(networks: train, latenciesSeconds: [1, 0, 3, 4])
        }
    }
}

extension LatencyCalibrationTests {
    /// Profile basis: factors multiply a cost model's kernel seconds, with no free intercept.
    @Test func profileBasisWithoutInterceptFitsScaledKernels() throws {
        let rows = [[0.0, 2, 1], [0, 3, 5], [0, 1, 4], [0, 6, 2]]
        let y = rows.map { 1.5 * $0[1] + 0.5 * $0[2] }
        let theta = RelativeRegression(ridge: 0, loss: .squared, prior: [0, 1, 1], fitsIntercept: false).fit(rows, y)
        #expect(theta[0] == 0)
        #expect(abs(theta[1] - 1.5) < 1e-9 && abs(theta[2] - 0.5) < 1e-9)
    }
}
