import ModelZoo
import NetworkIR
import Testing

/// Counts of `mcunetStyle` derived from its documented layout, block by block, without
/// reading the built network's layers.
@Suite struct MCUNetStyleTests {
    struct Expected {
        var macs = 0
        var parameters = 0
    }

    /// The documented layout: (output channels, stride, [(kernel, expansion)]).
    static let stages: [(Int, Int, [(Int, Int)])] = [
        (16, 2, [(7, 3), (3, 4)]),
        (24, 2, [(7, 6), (5, 3), (5, 4)]),
        (40, 2, [(7, 6), (5, 4), (5, 4)]),
        (48, 1, [(5, 6), (5, 4)]),
        (96, 2, [(5, 6), (7, 4), (3, 3)]),
        (160, 1, [(7, 6)]),
    ]

    /// A conv + BN with symmetric (k − 1)/2 padding, whose output side is ceil(side / stride).
    static func convBN(
        _ e: inout Expected, side: Int, inChannels: Int, outChannels: Int, kernel: Int, stride: Int = 1,
        depthwise: Bool = false
    ) -> Int {
        let outSide = (side + stride - 1) / stride
        let perOutput = (depthwise ? 1 : inChannels) * kernel * kernel
        e.macs += outSide * outSide * outChannels * perOutput
        e.parameters += outChannels * perOutput + 2 * outChannels
        return outSide
    }

    static func expected(resolution: Int, classes: Int) -> Expected {
        var e = Expected()
        var side = convBN(&e, side: resolution, inChannels: 3, outChannels: 16, kernel: 3, stride: 2)
        side = convBN(&e, side: side, inChannels: 16, outChannels: 16, kernel: 3, depthwise: true)
        side = convBN(&e, side: side, inChannels: 16, outChannels: 8, kernel: 1)
        var channels = 8
        for (out, stride, blocks) in stages {
            for (i, (kernel, expansion)) in blocks.enumerated() {
                let hidden = channels * expansion
                _ = convBN(&e, side: side, inChannels: channels, outChannels: hidden, kernel: 1)
                side = convBN(&e, side: side, inChannels: hidden, outChannels: hidden, kernel: kernel,
                              stride: i == 0 ? stride : 1, depthwise: true)
                _ = convBN(&e, side: side, inChannels: hidden, outChannels: out, kernel: 1)
                channels = out
            }
        }
        _ = convBN(&e, side: side, inChannels: channels, outChannels: 320, kernel: 1)
        e.macs += 320 * classes
        e.parameters += 320 * classes + classes
        return e
    }

    @Test(arguments: [(128, 1000), (160, 1000), (96, 2), (144, 10)])
    func countsMatchLayout(resolution: Int, classes: Int) throws {
        let network = try mcunetStyle(resolution: resolution, classes: classes)
        let e = Self.expected(resolution: resolution, classes: classes)
        #expect(network.macs == e.macs)
        #expect(network.parameters == e.parameters)
        #expect(network.outputShape == .vector(classes))
    }

    @Test func defaultSizeEndsOnFourByFourMap() throws {
        let network = try mcunetStyle()
        let pool = try #require(network.layers.firstIndex { $0.operation == .globalAvgPool })
        #expect(network.inputShapes(of: pool) == [TensorShape(channels: 320, height: 4, width: 4)])
    }

    @Test func residualsWhereShapesMatch() throws {
        let network = try mcunetStyle()
        // Every block but the first of each stage: 1 + 2 + 2 + 1 + 2 + 0.
        #expect(network.layers.filter { $0.operation == .add }.count == 8)
    }
}
