import NetworkIR
import Testing

@Suite struct ShapeInferenceTests {
    struct ConvCase: Sendable, CustomTestStringConvertible {
        var input: TensorShape
        var conv: Conv2D
        var expected: TensorShape
        var testDescription: String { "\(input) k\(conv.kernel) s\(conv.stride) p\(conv.padding) d\(conv.dilation)" }
    }

    static let convCases: [ConvCase] = [
        // 224 → 112: (224 + 2 − 3) / 2 + 1 = 112
        .init(input: .init(channels: 3, height: 224, width: 224),
              conv: .init(outChannels: 32, kernel: 3, stride: 2, padding: .init(symmetric: 1)),
              expected: .init(channels: 32, height: 112, width: 112)),
        // valid 5x5 on 28x28 → 24x24 (LeNet)
        .init(input: .init(channels: 1, height: 28, width: 28), conv: .init(outChannels: 6, kernel: 5),
              expected: .init(channels: 6, height: 24, width: 24)),
        // dilation 2 keeps 32x32 with padding 2
        .init(input: .init(channels: 8, height: 32, width: 32),
              conv: .init(outChannels: 8, kernel: 3, padding: .init(symmetric: 2), dilation: 2, groups: 8),
              expected: .init(channels: 8, height: 32, width: 32)),
        // TF SAME 10x4 stride 2 on 49x10 → 25x5 (DS-CNN), padding [4, 1, 5, 1]
        .init(input: .init(channels: 1, height: 49, width: 10),
              conv: .init(outChannels: 64, kernel: Size2(10, 4), stride: 2,
                          padding: .init(top: 4, left: 1, bottom: 5, right: 1)),
              expected: .init(channels: 64, height: 25, width: 5)),
    ]

    @Test(arguments: convCases)
    func convolutionOutputShape(_ c: ConvCase) throws {
        let net = try Network(name: "t", inputShape: c.input,
                              layers: [Layer(name: "conv", operation: .conv2d(c.conv), inputs: ["input"])])
        #expect(net.outputShape == c.expected)
    }

    @Test func samePaddingMatchesTensorFlow() {
        let p = Padding.same(input: .init(channels: 1, height: 49, width: 10), kernel: Size2(10, 4), stride: 2)
        #expect(p == Padding(top: 4, left: 1, bottom: 5, right: 1))
        let q = Padding.same(input: .init(channels: 1, height: 96, width: 96), kernel: 3, stride: 2)
        #expect(q == Padding(top: 0, left: 0, bottom: 1, right: 1))
    }

    @Test func poolingConcatFlattenAndLinear() throws {
        var b = NetworkBuilder(name: "t", input: .init(channels: 4, height: 8, width: 8))
        let a = b.maxPool(b.input, kernel: 2)
        let c = b.avgPool(b.input, kernel: 3, stride: 2, padding: .half, countIncludePad: false)
        let cat = b.concat([a, c])
        let flat = b.flatten(cat)
        let out = b.linear(flat, 10)
        let net = try b.build()
        #expect(a.shape == .init(channels: 4, height: 4, width: 4))
        #expect(c.shape == .init(channels: 4, height: 4, width: 4))
        #expect(cat.shape == .init(channels: 8, height: 4, width: 4))
        #expect(flat.shape == .vector(128))
        #expect(net.outputShape == .vector(10) && out.shape == .vector(10))
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var label: String
        var layers: [Layer]
        var layer: String
        var mentions: String
        var testDescription: String { label }
    }

    static let badCases: [BadCase] = [
        .init(label: "add of different shapes",
              layers: [Layer(name: "down", operation: .conv2d(.init(outChannels: 8, kernel: 1, stride: 2)), inputs: ["input"]),
                       Layer(name: "sum", operation: .add, inputs: ["input", "down"])],
              layer: "sum", mentions: "8x4x4"),
        .init(label: "linear on a feature map",
              layers: [Layer(name: "fc", operation: .linear(.init(outFeatures: 10)), inputs: ["input"])],
              layer: "fc", mentions: "flatten"),
        .init(label: "groups not dividing channels",
              layers: [Layer(name: "g", operation: .conv2d(.init(outChannels: 6, kernel: 3, groups: 4)), inputs: ["input"])],
              layer: "g", mentions: "groups 4"),
        .init(label: "kernel larger than input",
              layers: [Layer(name: "big", operation: .conv2d(.init(outChannels: 8, kernel: 9)), inputs: ["input"])],
              layer: "big", mentions: "larger"),
        .init(label: "concat of different sizes",
              layers: [Layer(name: "p", operation: .maxPool(.init(kernel: 2)), inputs: ["input"]),
                       Layer(name: "cat", operation: .concat, inputs: ["input", "p"])],
              layer: "cat", mentions: "height/width"),
        .init(label: "add with one input",
              layers: [Layer(name: "lonely", operation: .add, inputs: ["input"])],
              layer: "lonely", mentions: "two or more"),
    ]

    @Test(arguments: badCases)
    func inconsistentGraphsNameTheLayer(_ c: BadCase) {
        #expect {
            _ = try Network(name: "t", inputShape: .init(channels: 8, height: 8, width: 8), layers: c.layers)
        } throws: { error in
            guard case .shapeMismatch(let layer, _, _) = error as? NetworkError else { return false }
            let text = "\(error)"
            return layer == c.layer && text.contains("\"\(c.layer)\"") && text.contains(c.mentions)
        }
    }

    @Test func referencesMustBeEarlierAndNamesUnique() {
        let shape = TensorShape(channels: 1, height: 4, width: 4)
        #expect(throws: NetworkError.unknownInput(layer: "a", input: "b")) {
            try Network(name: "t", inputShape: shape, layers: [
                Layer(name: "a", operation: .relu6Activation, inputs: ["b"]),
                Layer(name: "b", operation: .relu6Activation, inputs: ["input"]),
            ])
        }
        #expect(throws: NetworkError.duplicateName("a", index: 1)) {
            try Network(name: "t", inputShape: shape, layers: [
                Layer(name: "a", operation: .relu6Activation, inputs: ["input"]),
                Layer(name: "a", operation: .relu6Activation, inputs: ["a"]),
            ])
        }
        #expect(throws: NetworkError.unknownOutput("z")) {
            try Network(name: "t", inputShape: shape,
                        layers: [Layer(name: "a", operation: .identity, inputs: ["input"])], output: "z")
        }
    }

    @Test func builderReportsFirstError() {
        var b = NetworkBuilder(name: "t", input: .init(channels: 3, height: 8, width: 8))
        let x = b.conv(b.input, 4, kernel: 3, groups: 2)
        _ = b.relu(x)
        #expect(throws: NetworkError.self) { try b.build() }
    }
}

extension Operation {
    fileprivate static let relu6Activation = Operation.activation(.relu6)
}
