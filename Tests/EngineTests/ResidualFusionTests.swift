import Testing
@testable import Engine
import NetworkIR
import Randomness

/// Adds run inside the convolution producing their later operand (`Model.fusedForInference()`),
/// and ReLUs after adds, against the unfused model on seeded random inputs.
@Suite("Residual fusion")
struct ResidualFusionTests {
    /// A residual network of `shape`: which adds the fusion must move into a convolution.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Layers whose kernel must read a fused addend.
        let fusedInto: [String]
        let build: @Sendable () throws -> Network
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // ResNet's basic block: 3x3 conv + BN + ReLU, 3x3 conv + BN, add, ReLU; then a strided
        // block whose 1x1 stride-2 shortcut is computed last.
        Case(name: "basic blocks", fusedInto: ["block1.conv2", "block2.shortcut"]) {
            var b = NetworkBuilder(name: "basic", input: TensorShape(channels: 8, height: 12, width: 12))
            var x = b.relu(b.batchNorm(b.conv(b.input, 8, kernel: 3, bias: true)))
            for (s, (filters, stride)) in [(8, 1), (16, 2)].enumerated() {
                b.scope = "block\(s + 1)"
                var y = b.relu(b.batchNorm(b.conv(x, filters, kernel: 3, stride: Size2(square: stride), name: "conv1")))
                y = b.batchNorm(b.conv(y, filters, kernel: 3, bias: true, name: "conv2"))
                let shortcut = stride == 1 ? x : b.conv(x, filters, kernel: 1, stride: Size2(square: stride), name: "shortcut")
                x = b.relu(b.add([shortcut, y]))
            }
            return try b.build()
        },
        // MobileNetV2's inverted residual: the linear 1x1 projection, then the add, no activation.
        Case(name: "inverted residual", fusedInto: ["project"]) {
            var b = NetworkBuilder(name: "inverted", input: TensorShape(channels: 8, height: 10, width: 10))
            var y = b.relu6(b.batchNorm(b.conv(b.input, 24, kernel: 1)))
            y = b.relu6(b.batchNorm(b.depthwise(y, kernel: 3)))
            y = b.batchNorm(b.conv(y, 8, kernel: 1, name: "project"))
            _ = b.add([b.input, y])
            return try b.build()
        },
        // The convolution runs before the other operand: the add stays, with the ReLU in it.
        Case(name: "convolution first", fusedInto: []) {
            var b = NetworkBuilder(name: "first", input: TensorShape(channels: 4, height: 9, width: 9))
            let y = b.conv(b.input, 4, kernel: 3, bias: true)
            let pooled = b.avgPool(b.input, kernel: 3, stride: 1, padding: .half)
            _ = b.relu(b.add([y, pooled]))
            return try b.build()
        },
    ]

    @Test("fused residual adds match the unfused model", arguments: cases, [1, 3])
    func matchesUnfused(_ c: Case, batch: Int) throws {
        let network = try c.build()
        var generator = SeededGenerator(seed: 11)
        var model = Model(network: network, using: &generator)
        let shape = network.inputShape
        let input = randomTensor([batch, shape.channels, shape.height, shape.width], seed: 12)
        for _ in 0..<2 { _ = model.forward(input, mode: .training) }
        let reference = model.predict(input)
        let fused = model.fusedForInference()
        let names = fused.network.layers.indices.filter { (fused.kernels[$0] as? Conv2DKernel)?.fusedAddend == true }
            .map { fused.network.layers[$0].name }
        #expect(names == c.fusedInto)
        #expect(fused.network.layers.contains { if case .activation = $0.operation { true } else { false } } == false)
        // The same model with every convolution cut into small tiles, and pinned to im2col +
        // sgemm, which adds afterwards.
        let variants = [{ (conv: inout Conv2DKernel) in conv.minimumPieceMultiplyAdds = 1_000 },
                        { (conv: inout Conv2DKernel) in conv.layoutPreference = .perImage; conv.simdLevel = 0 }]
        let models = [fused] + variants.map { change in
            let kernels = fused.kernels.map { kernel -> any LayerKernel in
                guard var conv = kernel as? Conv2DKernel else { return kernel }
                change(&conv)
                return conv
            }
            return Model(network: fused.network, kernels: kernels, parameters: fused.parameters, buffers: fused.buffers,
                         fusedAddendSources: fused.fusedAddendSources)
        }
        for candidate in models.map({ $0.predict(input) }) {
            #expect(candidate.shape == reference.shape)
            let worst = zip(candidate.scalars, reference.scalars).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(worst < 1e-4, "\(c.name), batch \(batch): largest relative difference \(worst)")
        }
    }

    @Test("a fused convolution's kernel inputs end with the addend")
    func kernelInputsNameTheAddend() throws {
        let network = try #require(Self.cases.first).build()
        var generator = SeededGenerator(seed: 1)
        let fused = Model(network: network, using: &generator).fusedForInference()
        for (layer, source) in fused.fusedAddendSources {
            #expect(fused.kernelInputIndices(of: layer) == network.inputIndices[layer] + [source])
            #expect(source < layer)
        }
        #expect(fused.fusedAddendSources.count == 2)
    }
}
