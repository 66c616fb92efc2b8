import CostModels
import NetworkIR
import Testing

/// Buffers, in-place sharing and execution order on small networks computed by hand (8-bit).
@Suite struct ArenaLayoutTests {
    static func conv(_ name: String, _ out: Int, kernel: Int = 1, padding: Int = 0, groups: Int = 1, from input: String) -> Layer {
        Layer(name: name, operation: .conv2d(Conv2D(outChannels: out, kernel: Size2(square: kernel), padding: Padding(symmetric: padding), groups: groups)), inputs: [input])
    }

    /// input 1x4x4 → c1 (1x1 to 2 channels) → r1 (relu) → dw (3x3 depthwise) → a = r1 + dw.
    static func residual() throws -> Network {
        try Network(name: "residual", inputShape: TensorShape(channels: 1, height: 4, width: 4), layers: [
            conv("c1", 2, from: "input"),
            Layer(name: "r1", operation: .activation(.relu), inputs: ["c1"]),
            conv("dw", 2, kernel: 3, padding: 1, groups: 2, from: "r1"),
            Layer(name: "a", operation: .add, inputs: ["r1", "dw"]),
        ])
    }

    static func spans(_ layout: ArenaLayout) -> [[Int]] { layout.requests.map { [$0.sizeBytes, $0.firstStep, $0.lastStep] } }

    @Test func withoutInPlaceEveryTensorHasItsBuffer() throws {
        let layout = try ArenaLayout(network: Self.residual(), order: [0, 1, 2, 3], rules: ArenaRules())
        #expect(Self.spans(layout) == [[16, 0, 0], [32, 0, 1], [32, 1, 3], [32, 2, 3], [32, 3, 3]])
        #expect(layout.peakLiveBytes == 96)
    }

    /// r1 writes over c1 (dead after r1); dw cannot write over r1 (the add still reads it); the
    /// add writes over r1, its first input that no later step reads.
    @Test func activationAndAddRunInPlace() throws {
        let layout = try ArenaLayout(network: Self.residual(), order: [0, 1, 2, 3], rules: ArenaRules(inPlace: [.activation, .add, .depthwise]))
        #expect(Self.spans(layout) == [[16, 0, 0], [32, 0, 3], [32, 2, 3]])
        #expect(layout.bufferOfTensor[1] == 1 && layout.bufferOfTensor[3] == 1)
        #expect(layout.peakLiveBytes == 64)
    }

    /// A depthwise layer over a dead input writes over it through one padded channel (6x6 bytes).
    @Test func depthwiseRunsInPlaceWithAOneChannelBuffer() throws {
        let net = try Network(name: "dw", inputShape: TensorShape(channels: 8, height: 4, width: 4),
                              layers: [Self.conv("dw", 8, kernel: 3, padding: 1, groups: 8, from: "input")])
        let inPlace = try ArenaLayout(network: net, order: [0], rules: ArenaRules(inPlace: [.depthwise]))
        #expect(Self.spans(inPlace) == [[128, 0, 0], [36, 0, 0]])
        #expect(inPlace.requests[1].name == "dw.scratch")
        #expect(try ArenaLayout(network: net, order: [0], rules: ArenaRules()).peakLiveBytes == 256)
    }

    @Test func viewsShareTheirInputAndAlignmentRoundsUp() throws {
        let net = try Network(name: "view", inputShape: TensorShape(channels: 1, height: 3, width: 3), layers: [
            Self.conv("c", 3, from: "input"), Layer(name: "f", operation: .flatten, inputs: ["c"]),
            Layer(name: "fc", operation: .linear(Linear(outFeatures: 5)), inputs: ["f"]),
        ])
        let layout = try ArenaLayout(network: net, order: [0, 1, 2], rules: ArenaRules(alignmentBytes: 16, inputInArena: false))
        #expect(Self.spans(layout) == [[32, 0, 2], [16, 2, 2]])
        #expect(layout.bufferOfTensor[-1] == nil)
    }

    @Test func im2colScratchForKByKConvolutions() throws {
        let net = try Network(name: "k3", inputShape: TensorShape(channels: 3, height: 4, width: 4),
                              layers: [Self.conv("c", 4, kernel: 3, padding: 1, from: "input")])
        let layout = try ArenaLayout(network: net, order: [0], rules: ArenaRules(im2colColumnCount: 2))
        #expect(layout.requests.last == BufferRequest(name: "c.scratch", sizeBytes: 2 * 3 * 9 * 2, firstStep: 0, lastStep: 0))
    }

    /// Two branches, each a wide 1x1 conv reduced by a global pool: finishing one branch before
    /// starting the other halves the peak (1,104 B against 2,112 B in layer order).
    @Test func executionOrderFinishesABranchFirst() throws {
        let net = try Network(name: "branches", inputShape: TensorShape(channels: 1, height: 8, width: 8), layers: [
            Self.conv("b1", 16, from: "input"), Self.conv("b2", 16, from: "input"),
            Layer(name: "p1", operation: .globalAvgPool, inputs: ["b1"]), Layer(name: "p2", operation: .globalAvgPool, inputs: ["b2"]),
            Layer(name: "cat", operation: .concat, inputs: ["p1", "p2"]),
        ])
        let rules = ArenaRules()
        #expect(try ArenaLayout(network: net, order: [0, 1, 2, 3, 4], rules: rules).peakLiveBytes == 2112)
        let order = try ExecutionOrder.best(for: net, rules: rules)
        try net.validateOrder(order)
        #expect(try ArenaLayout(network: net, order: order, rules: rules).peakLiveBytes == 1104)
    }
}
