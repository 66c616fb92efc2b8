import CostModels
import Foundation
import ModelZoo
import NetworkIR
import Testing

/// The microcontroller model's formulas on a network priced by hand, and the shipped profiles.
@Suite struct MCUCostModelTests {
    /// input 1x4x4 → c1 (1x1 conv to 2 channels, bias) → relu (fused into c1) → flatten → fc (3 outputs).
    static func tiny() throws -> Network {
        try Network(name: "tiny", inputShape: TensorShape(channels: 1, height: 4, width: 4), layers: [
            Layer(name: "c1", operation: .conv2d(Conv2D(outChannels: 2, kernel: 1, bias: true)), inputs: ["input"]),
            Layer(name: "r", operation: .activation(.relu), inputs: ["c1"]),
            Layer(name: "f", operation: .flatten, inputs: ["r"]),
            Layer(name: "fc", operation: .linear(Linear(outFeatures: 3)), inputs: ["f"]),
        ])
    }

    /// c1: 32 MACs × 1 + (3 − 1) wait cycles × ⌈2 B / 4⌉ lines + 100 = 134 cycles; relu and flatten
    /// are views (0); fc: 96 MACs × 3 + 2 × ⌈96 / 4⌉ + 100 = 436. 570 cycles at 1 MHz.
    /// Flash: weights 2 + 96, per channel (4 + 12) × (2 + 3) = 80, code 1000 + 100 × 2 classes = 1,378.
    /// SRAM: arena 48 (input 16 + c1 32 at step 0) + 10 × 7 tensors (input, c1, fc, 2 weights,
    /// 2 biases) + 8 × 5 channels + 500 = 658.
    @Test func tinyNetworkByHand() throws {
        let estimate = try MCUCostModel(profile: MCUProfileFixture.profile()).cost(of: Self.tiny())
        #expect(estimate.cycles == 570)
        #expect(abs(estimate.latencySeconds - 570e-6) < 1e-12)
        #expect(abs(estimate.energyJoules! - 570e-6 * 0.1) < 1e-12)
        #expect(abs(estimate.energyJoules(periodSeconds: 1)! - (570e-6 * 0.1 + (1 - 570e-6) * 0.01)) < 1e-12)
        #expect(estimate.layers.map(\.cycles) == [134, 0, 0, 436])
        #expect(estimate.layers.map(\.operatorClass) == [.pointwise, .view, .view, .linear])
        #expect(estimate.weightFlashBytes == 98)
        #expect(estimate.metadataFlashBytes == 80)
        #expect(estimate.codeFlashBytes == 1200)
        #expect(estimate.flashBytes == 1378)
        #expect(estimate.arenaBytes == 48)
        #expect(estimate.arenaOverheadBytes == 110)
        #expect(estimate.peakSRAMBytes == 658)
        #expect(estimate.peakMemoryBytes == 658)
        #expect(estimate.fits)
        #expect(estimate.plan.tensors.map(\.name) == ["input", "c1", "r", "f", "fc"])
        #expect(estimate.plan.memory.firstCollision() == nil)
    }

    @Test func bitsScaleWeightsAndActivations() throws {
        let profile = try MCUProfileFixture.profile()
        let four = try MCUCostModel(profile: profile, bits: 4).cost(of: Self.tiny())
        let sixteen = try MCUCostModel(profile: profile, bits: 16).cost(of: Self.tiny())
        #expect(four.weightFlashBytes == 1 + 48)
        #expect(sixteen.weightFlashBytes == 4 + 192)
        #expect(four.arenaBytes == 24 && sixteen.arenaBytes == 96)
        #expect(throws: CostModelError.self) { try MCUCostModel(profile: profile, bits: 3) }
        #expect(throws: CostModelError.self) { try MCUCostModel(profile: profile, runtime: "tflm") }
    }

    @Test func theOverflowIsReported() throws {
        let estimate = try MCUCostModel(profile: MCUProfileFixture.profile()).cost(of: mobileNetV2(width: 0.35, resolution: 64, classes: 10))
        #expect(!estimate.fits)
        #expect(estimate.sramOverflowBytes == estimate.peakSRAMBytes - 4096)
        #expect(estimate.flashOverflowBytes == estimate.flashBytes - 8192)
    }

    @Test func aCPUProfileIsRefused() throws {
        #expect(throws: CostModelError.self) { try MCUCostModel(profile: ProfileFixture.profile()) }
    }

    static let profiles = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HardwareProfiles")

    /// The STM32H743 kernel and runtime figures are fitted on mcunet-in2 (TinyEngine README), so
    /// pricing it again must give back the published latency, peak SRAM and flash.
    @Test(arguments: [("tflm-cmsis-nn", 642.0, 469, 1102), ("tinyengine", 280.0, 215, 830), ("tflm-reference", 6463.0, 460, 1084)])
    func shippedH743ReproducesItsCalibration(_ runtime: String, _ milliseconds: Double, _ sramKB: Int, _ flashKB: Int) throws {
        let profile = try HardwareProfile(contentsOf: Self.profiles.appendingPathComponent("stm32h743.yaml"))
        let estimate = try MCUCostModel(profile: profile, runtime: runtime).cost(of: mcunetIn2())
        #expect(abs(estimate.latencySeconds * 1e3 / milliseconds - 1) < 0.005)
        #expect(estimate.peakSRAMBytes == sramKB * 1024)
        #expect(estimate.flashBytes == flashKB * 1024)
    }

    /// On every MCUNet-style zoo network and every shipped runtime, the plan never overlaps and is
    /// never above TFLM's greedy plan of the same buffers.
    @Test(arguments: ["stm32f746", "stm32h743", "esp32s3"])
    func plansOnZooNetworks(_ id: String) throws {
        let profile = try HardwareProfile(contentsOf: Self.profiles.appendingPathComponent(id + ".yaml"))
        for runtime in profile.mcu!.runtimes.keys {
            for net in [try mcunetIn2(), try mobileNetV2(width: 0.35, resolution: 96), try mcunetStyle(resolution: 96)] {
                let plan = try MCUCostModel(profile: profile, runtime: runtime).cost(of: net).plan
                #expect(plan.memory.firstCollision() == nil)
                #expect(plan.arenaBytes <= plan.greedyArenaBytes)
                #expect(plan.arenaBytes >= plan.memory.lowerBoundBytes)
            }
        }
    }
}
