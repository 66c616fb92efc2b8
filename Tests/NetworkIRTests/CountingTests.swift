import NetworkIR
import Testing

@Suite struct CountingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var input: TensorShape
        var operation: Operation
        var macs: Int
        var biasAdds: Int
        var parameters: Int
        var weightElements: Int
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        // 112·112·64·(32·9): MobileNetV1's second standard conv shape with 32 input channels
        .init(label: "conv3x3", input: .init(channels: 32, height: 112, width: 112),
              operation: .conv2d(.init(outChannels: 64, kernel: 3, padding: .init(symmetric: 1))),
              macs: 112 * 112 * 64 * 32 * 9, biasAdds: 0, parameters: 64 * 32 * 9, weightElements: 64 * 32 * 9),
        .init(label: "conv with bias", input: .init(channels: 3, height: 32, width: 32),
              operation: .conv2d(.init(outChannels: 16, kernel: 3, padding: .init(symmetric: 1), bias: true)),
              macs: 1024 * 16 * 27, biasAdds: 1024 * 16, parameters: 16 * 27 + 16, weightElements: 16 * 27),
        .init(label: "depthwise", input: .init(channels: 64, height: 25, width: 5),
              operation: .conv2d(.init(outChannels: 64, kernel: 3, padding: .init(symmetric: 1), groups: 64)),
              macs: 125 * 64 * 9, biasAdds: 0, parameters: 64 * 9, weightElements: 64 * 9),
        .init(label: "grouped 1x1", input: .init(channels: 48, height: 8, width: 8),
              operation: .conv2d(.init(outChannels: 96, kernel: 1, groups: 2)),
              macs: 64 * 96 * 24, biasAdds: 0, parameters: 96 * 24, weightElements: 96 * 24),
        .init(label: "linear", input: .vector(1280), operation: .linear(.init(outFeatures: 1000)),
              macs: 1_280_000, biasAdds: 1000, parameters: 1_281_000, weightElements: 1_280_000),
        .init(label: "batch norm", input: .init(channels: 32, height: 4, width: 4), operation: .batchNorm(epsilon: 1e-5),
              macs: 0, biasAdds: 0, parameters: 64, weightElements: 0),
        .init(label: "squeeze-excite", input: .init(channels: 96, height: 14, width: 14),
              operation: .squeezeExcite(.init(squeezeChannels: 24)),
              macs: 2 * 96 * 24, biasAdds: 24 + 96, parameters: 2 * 96 * 24 + 24 + 96, weightElements: 2 * 96 * 24),
        .init(label: "avg pool", input: .init(channels: 16, height: 32, width: 32),
              operation: .avgPool(.init(kernel: 3, stride: 1, padding: .init(symmetric: 1), countIncludePad: false)),
              macs: 0, biasAdds: 0, parameters: 0, weightElements: 0),
    ]

    @Test(arguments: cases)
    func layerCounts(_ c: Case) throws {
        let net = try Network(name: "t", inputShape: c.input,
                              layers: [Layer(name: "l", operation: c.operation, inputs: ["input"])])
        let counts = net.counts(ofLayer: 0)
        #expect(counts.macs == c.macs)
        #expect(counts.biasAdds == c.biasAdds)
        #expect(counts.parameters == c.parameters)
        #expect(counts.weightElements == c.weightElements)
        #expect(counts.inputElements == c.input.elementCount)
        #expect(counts.outputElements == net.outputShape.elementCount)
    }

    @Test func bytesAtBitWidths() throws {
        var b = NetworkBuilder(name: "t", input: .init(channels: 3, height: 8, width: 8))
        _ = b.conv(b.input, 5, kernel: 3, bias: true)
        let counts = try b.build().counts(ofLayer: 0)
        #expect(counts.parameterBytes(weightBits: 8) == 135 + 5 * 4)
        #expect(counts.parameterBytes(weightBits: 4) == 68 + 5 * 4)
        #expect(counts.parameterBytes(weightBits: 32) == 140 * 4)
        #expect(counts.inputBytes(bits: 8) == 192)
        #expect(counts.outputBytes(bits: 32) == 5 * 64 * 4)
    }

    @Test func totalsAddUp() throws {
        var b = NetworkBuilder(name: "t", input: .init(channels: 1, height: 28, width: 28))
        var x = b.conv(b.input, 8, kernel: 3, stride: 2)
        x = b.batchNorm(x)
        x = b.relu(x)
        x = b.globalAvgPool(x)
        _ = b.linear(x, 10)
        let net = try b.build()
        #expect(net.macs == 14 * 14 * 8 * 9 + 80)
        #expect(net.parameters == 72 + 16 + 90)
        #expect(net.totalCounts.biasAdds == 10)
    }
}
