import CostModels
import Foundation
import NetworkIR
import Testing

/// The cost model prices what the Engine executes: folded batch norms and fused activations.
@Suite struct InferencePlanTests {
    static let shape = TensorShape(channels: 4, height: 8, width: 8)

    static func conv(_ name: String, _ input: String, out: Int = 4) -> Layer {
        Layer(name: name, operation: .conv2d(Conv2D(outChannels: out, kernel: 3, padding: Padding(symmetric: 1))), inputs: [input])
    }

    /// conv → bn → relu → conv → bn (read twice: by sigmoid and add) → sigmoid → add → relu6.
    static func network() throws -> Network {
        try Network(name: "plan", inputShape: shape, layers: [
            conv("c1", "input"),
            Layer(name: "bn1", operation: .batchNorm(epsilon: 1e-5), inputs: ["c1"]),
            Layer(name: "r1", operation: .activation(.relu), inputs: ["bn1"]),
            conv("c2", "r1"),
            Layer(name: "bn2", operation: .batchNorm(epsilon: 1e-5), inputs: ["c2"]),
            Layer(name: "s2", operation: .activation(.sigmoid), inputs: ["bn2"]),
            Layer(name: "sum", operation: .add, inputs: ["s2", "bn2"]),
            Layer(name: "r3", operation: .activation(.relu6), inputs: ["sum"]),
        ])
    }

    @Test func foldsBatchNormsAndFusesReLUFamilyActivations() throws {
        let plan = InferencePlan(fusing: try Self.network())
        #expect(plan.steps == [
            .runs(fusedActivation: .relu), .foldedInto(0), .foldedInto(0),
            .runs(fusedActivation: nil), .foldedInto(3),
            .runs(fusedActivation: nil), .runs(fusedActivation: .relu6), .foldedInto(6),
        ])
        #expect(plan.network.layers.map(\.operation.typeName) == ["conv2d", "identity", "identity", "conv2d", "identity", "sigmoid", "add", "identity"])
        guard case .conv2d(let c1) = plan.network.layers[0].operation else { Issue.record("c1 is not a convolution"); return }
        #expect(c1.bias)
        #expect(InferencePlan(unfused: try Self.network()).steps.allSatisfy { $0 == .runs(fusedActivation: nil) })
    }

    /// A fused conv costs its own kernel model (priced with the fused features); the folded batch
    /// norm and ReLU cost only the per-layer overhead.
    @Test func foldedLayersCostOnlyTheOverhead() throws {
        let profile = try ProfileFixture.measured(convIntercept: log(3.0), sampleCount: 5, error: 0.1)
        let network = try Self.network()
        let fused = try CPUCostModel(profile: profile, threads: 2).cost(of: network)
        #expect(fused.layers.map(\.foldedInto) == [nil, "c1", "c1", nil, "c2", nil, nil, "sum"])
        #expect(fused.layers[1].kernelSeconds == 0 && fused.layers[2].kernelSeconds == 0)
        #expect(fused.layers[1].latencySeconds == 1e-6)
        // c1 with bias and fused ReLU: 2·(64·4·36) MACs + 256 bias adds + 256 ReLUs.
        #expect(fused.layers[0].flops == 2 * 9216 + 256 + 256)
        #expect(abs(fused.layers[0].kernelSeconds / fused.layers[0].rooflineSeconds - 3) < 1e-12)
        let unfused = try CPUCostModel(profile: profile, threads: 2, fusesForInference: false).cost(of: network)
        #expect(unfused.layers[0].flops == 2 * 9216)
        #expect(unfused.layers[1].kernelSeconds > 0)
    }
}
