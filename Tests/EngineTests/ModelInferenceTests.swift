import Testing
@testable import Engine
import NetworkIR
import Randomness

@Suite("Model inference")
struct ModelInferenceTests {
    private func model(_ network: Network, seed: UInt64) -> Model {
        var rng = SeededGenerator(seed: seed)
        return Model(network: network, using: &rng)
    }

    private func close(_ a: Tensor, _ b: Tensor) -> Bool {
        a.shape == b.shape && zip(a.scalars, b.scalars).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) }
    }

    /// Pooling, concat and linear layers, a branch nobody reads and a layer past the output.
    private func networkWithDeadEnd() throws -> Network {
        var b = NetworkBuilder(name: "dead end", input: TensorShape(channels: 2, height: 4, width: 4))
        let x = b.avgPool(b.input, kernel: 2)
        _ = b.activation(x, .relu, name: "unused")
        var y = b.concat([x, b.maxPool(b.input, kernel: 2)])
        y = b.linear(b.globalAvgPool(y), 3)
        _ = b.relu(y)
        return try b.build(output: y)
    }

    @Test("inference forward releases every output but the stop layer's", arguments: [false, true])
    func releasesIntermediates(_ deadEnd: Bool) throws {
        let network = deadEnd ? try networkWithDeadEnd() : try TestNetworks.mixed()
        var m = model(network, seed: 71)
        let shape = network.inputShape
        let x = randomTensor([2, shape.channels, shape.height, shape.width], seed: 72)
        let tape = m.forward(x, mode: .inference)
        for i in network.layers.indices where i != network.outputIndex {
            #expect(tape.outputs[i].count == 0, "output of \(network.layers[i].name) kept")
        }
        #expect(tape.outputs[network.outputIndex] == m.predict(x))
        #expect(tape.saved.allSatisfy { $0.tensors.isEmpty && $0.indices.isEmpty })

        let stop = network.inputIndices[network.outputIndex][0]
        let partial = m.forward(x, mode: .inference, upTo: stop)
        for i in network.layers.indices where i != stop { #expect(partial.outputs[i].count == 0) }
        #expect(partial.outputs[stop].shape == [2, network.shapes[stop].channels, network.shapes[stop].height,
                                               network.shapes[stop].width])
    }

    @Test("training forward keeps every output")
    func trainingKeepsOutputs() throws {
        let network = try TestNetworks.mixed()
        var m = model(network, seed: 73)
        let tape = m.forward(tieFreeTensor([2, 4, 6, 6], seed: 74), mode: .training)
        for i in network.layers.indices {
            #expect(tape.outputs[i].count == 2 * network.shapes[i].elementCount)
        }
    }

    @Test("predict equals the training-mode output without batch norm", arguments: [false, true])
    func predictMatchesTraining(_ deadEnd: Bool) throws {
        let network = deadEnd ? try networkWithDeadEnd() : try TestNetworks.mixed(batchNorm: false)
        var m = model(network, seed: 75)
        let shape = network.inputShape
        let x = randomTensor([3, shape.channels, shape.height, shape.width], seed: 76)
        let predicted = m.predict(x)
        let tape = m.forward(x, mode: .training)
        #expect(close(predicted, tape.outputs[network.outputIndex]))
        #expect(close(m.logits(x), tape.outputs[m.logitsIndex]))
    }

    @Test("a training step updates BN running statistics; predict then uses them")
    func batchNormBuffers() throws {
        var b = NetworkBuilder(name: "bn", input: TensorShape(channels: 2, height: 2, width: 2))
        _ = b.batchNorm(b.input, epsilon: 1e-5)
        var m = model(try b.build(), seed: 77)
        let x = randomTensor([3, 2, 2, 2], seed: 78, range: 1...3)
        #expect(close(m.predict(x), Tensor(shape: x.shape, scalars: x.scalars.map { $0 / (1 + 1e-5).squareRoot() })))
        _ = m.forward(x, mode: .training)
        for ch in 0..<2 {
            var values: [Float] = []
            for n in 0..<3 { values += x.scalars[(n * 2 + ch) * 4..<(n * 2 + ch) * 4 + 4] }
            let mean = values.reduce(0, +) / 12
            let unbiased = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 11
            #expect(abs(m.buffers[0][0].scalars[ch] - 0.1 * mean) < 1e-5)
            #expect(abs(m.buffers[0][1].scalars[ch] - (0.9 + 0.1 * unbiased)) < 1e-5)
        }
        let y = m.predict(x)
        for i in 0..<x.count {
            let ch = (i / 4) % 2
            let expected = (x.scalars[i] - m.buffers[0][0].scalars[ch]) / (m.buffers[0][1].scalars[ch] + 1e-5).squareRoot()
            #expect(abs(y.scalars[i] - expected) < 1e-5)
        }
    }
}
