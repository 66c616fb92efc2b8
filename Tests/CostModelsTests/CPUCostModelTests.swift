import Foundation
import CostModels
import NetworkIR
import Testing

/// Hand-computed figures on the fixture (peak 16 FLOPs/cycle × 1 GHz × 2 cores = 32e9 FLOP/s;
/// L1d 32 KiB and 64e9 B/s per core, DRAM 1 GiB at 8e9 B/s shared; 10 W active).
@Suite struct CPUCostModelTests {
    /// input 1x4x4 → conv 3x3 (2 filters, pad 1, no bias) → relu → flatten → linear 3 (bias).
    static func tinyNetwork() throws -> Network {
        try Network(name: "tiny", inputShape: TensorShape(channels: 1, height: 4, width: 4), layers: [
            Layer(name: "conv", operation: .conv2d(Conv2D(outChannels: 2, kernel: 3, padding: Padding(symmetric: 1))), inputs: ["input"]),
            Layer(name: "relu", operation: .activation(.relu), inputs: ["conv"]),
            Layer(name: "flatten", operation: .flatten, inputs: ["relu"]),
            Layer(name: "fc", operation: .linear(Linear(outFeatures: 3)), inputs: ["flatten"]),
        ])
    }

    /// As written (no inference fusion): the ReLU is priced as its own layer.
    @Test func rooflineOnTheTinyNetwork() throws {
        let estimate = try CPUCostModel(profile: try ProfileFixture.profile(), fusesForInference: false).cost(of: try Self.tinyNetwork())
        // conv: 2·288 MACs = 576 FLOPs → 1.8e-8 s; bytes 64 + 128 + 72 = 264 → 264 / 128e9 (two L1d) s.
        // relu: 32 FLOPs, 256 B → memory 2e-9 s. flatten: 256 B → 2e-9 s.
        // fc: 2·96 + 3 = 195 FLOPs → 6.09375e-9 s; 128 + 12 + 396 = 536 B → 4.1875e-9 s.
        #expect(estimate.layers.map(\.flops) == [576, 32, 0, 195])
        #expect(estimate.layers.map(\.bytesMoved) == [264, 256, 256, 536])
        #expect(estimate.layers.map(\.memoryLevel) == ["L1d", "L1d", "L1d", "L1d"])
        let expected: [Double] = [576 / 32e9, 256 / 128e9, 256 / 128e9, 195 / 32e9]
        #expect(estimate.layers.map(\.latencySeconds) == expected)
        #expect(estimate.layers.map(\.isComputeBound) == [true, false, false, true])
        let latency = expected.reduce(0, +)
        #expect(abs(estimate.latencySeconds - latency) <= 1e-22)
        #expect(estimate.latencyBasis == .rooflineOnly)
        #expect(estimate.energyBasis == .modelledFromPower)
        #expect(estimate.energyPowerKey == "power.activePowerWatts")
        #expect(abs(estimate.energyJoules! - latency * 10) <= 1e-21)
        // Weights: (18 + 96) float32 kernels + 3 biases = 468 B; peak live: relu step, 32 + 32 floats.
        #expect(estimate.weightBytes == 468)
        #expect(estimate.peakActivationBytes == 256)
        #expect(estimate.peakMemoryBytes == 724)
        #expect(estimate.notes == [
            "no cpu.layerOverheadSeconds in the profile: per-layer overhead taken as 0",
            "pure roofline (no fitted kernel model at 2 threads) for: activation, conv, linear, reshape",
        ])
    }

    @Test func fittedModelAndOverheadApplyAtTheirThreadCount() throws {
        let profile = try ProfileFixture.measured(convIntercept: log(2.0), sampleCount: 10, error: 0.05)
        let net = try Self.tinyNetwork()
        let two = try CPUCostModel(profile: profile, threads: 2, fusesForInference: false).cost(of: net)
        #expect(two.latencyBasis == .partlyFitted)
        #expect(two.layers.map(\.fitted) == [true, false, false, false])
        #expect(abs(two.layers[0].kernelSeconds - 2 * 576 / 32e9) <= 1e-22)
        #expect(two.layers.map(\.overheadSeconds) == [1e-6, 1e-6, 1e-6, 1e-6])

        let one = try CPUCostModel(profile: profile, threads: 1, fusesForInference: false).cost(of: net)
        #expect(one.latencyBasis == .rooflineOnly)
        #expect(one.layers[0].kernelSeconds == 576 / 16e9)
    }

    /// Working set 4000 + 36000 + 36 = 40036 bytes: fits two cores' L1d (64 KiB), not one's.
    @Test(arguments: [(2, "L1d", 40036 / 128e9), (1, "DRAM", 40036 / 8e9)])
    func rooflinePicksTheLevelTheWorkingSetFits(threads: Int, level: String, memorySeconds: Double) throws {
        let net = try Network(name: "fc", inputShape: .vector(1000), layers: [
            Layer(name: "fc", operation: .linear(Linear(outFeatures: 9, bias: false)), inputs: ["input"]),
        ])
        let layer = try CPUCostModel(profile: try ProfileFixture.profile(), threads: threads).cost(of: net).layers[0]
        #expect(layer.bytesMoved == 40036)
        #expect(layer.memoryLevel == level)
        #expect(layer.memorySeconds == memorySeconds)
    }

    @Test func peakMemoryIsNetworkIRsWeightsAndLiveActivations() throws {
        let net = try Network(name: "branches", inputShape: TensorShape(channels: 3, height: 8, width: 8), layers: [
            Layer(name: "a", operation: .conv2d(Conv2D(outChannels: 8, kernel: 3, padding: Padding(symmetric: 1), bias: true)), inputs: ["input"]),
            Layer(name: "b", operation: .conv2d(Conv2D(outChannels: 8, kernel: 1)), inputs: ["input"]),
            Layer(name: "sum", operation: .add, inputs: ["a", "b"]),
            Layer(name: "pool", operation: .globalAvgPool, inputs: ["sum"]),
        ])
        let estimate = try CPUCostModel(profile: try ProfileFixture.profile()).cost(of: net)
        #expect(estimate.weightBytes == net.totalCounts.parameterBytes(weightBits: 32))
        #expect(estimate.peakActivationBytes == (try net.peakLiveElements()) * 4)
        #expect(estimate.peakMemoryBytes == estimate.weightBytes + estimate.peakActivationBytes)
    }

    @Test func refusesOtherKinds() throws {
        var profile = try ProfileFixture.profile()
        profile.kind = .mcu
        #expect(throws: CostModelError.self) { try CPUCostModel(profile: profile) }
    }
}
