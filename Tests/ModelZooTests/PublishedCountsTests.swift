import ModelZoo
import NetworkIR
import Testing

/// A zoo network with the totals it must reproduce.
struct PublishedCase: Sendable, CustomTestStringConvertible {
    let name: String
    let build: @Sendable () throws -> Network
    let macs: Int
    let parameters: Int
    let output: TensorShape

    var testDescription: String { name }
}

/// Totals follow `LayerCounts`: weight MACs only; parameters are kernels, biases and batch
/// norm's scale and shift (Keras "trainable" and torchvision `numel` counts).
let publishedCases: [PublishedCase] = [
    // torchvision: 300.8 M MACs (paper: 300 M), 3,504,872 parameters.
    PublishedCase(name: "mobilenetv2", build: { try mobileNetV2() }, macs: 300_774_272, parameters: 3_504_872,
                  output: .vector(1000)),
    // Paper: 569 M MACs, 4.2 M parameters. By hand: stem 10,838,016 + depthwise 17,385,984 +
    // pointwise 539,492,352 + classifier 1,024,000 MACs; kernels 3,185,088 + classifier
    // 1,025,000 + batch norm 2 × 10,944 channels = 4,231,976 parameters (Keras: 4,231,976 trainable).
    PublishedCase(name: "mobilenetv1", build: { try mobileNetV1() }, macs: 568_740_352, parameters: 4_231_976,
                  output: .vector(1000)),
    // torchvision: 1.814 GFLOPs (MACs), 11,689,512 parameters. By hand: stem 118,013,952 +
    // layer1 462,422,016 + layers 2–4 3 × 411,041,792 + fc 512,000 MACs.
    PublishedCase(name: "resnet18", build: { try resNet18() }, macs: 1_814_073_344, parameters: 11_689_512,
                  output: .vector(1000)),
    // MLPerf Tiny ResNet-8: 12,501,632 MACs; Keras: 78,186 trainable parameters.
    PublishedCase(name: "resnet8", build: { try resNet8() }, macs: 12_501_632, parameters: 78_186,
                  output: .vector(10)),
    // MLPerf Tiny DS-CNN: 2,656,768 MACs; Keras: 23,756 trainable parameters.
    PublishedCase(name: "dscnn-kws", build: { try dsCNNKWS() }, macs: 2_656_768, parameters: 23_756,
                  output: .vector(12)),
    // MLPerf Tiny VWW: 7,489,664 MACs; Keras: 216,322 trainable (221,794 with BN statistics).
    PublishedCase(name: "mobilenetv1-vww", build: { try mobileNetV1VWW() }, macs: 7_489_664, parameters: 216_322,
                  output: .vector(2)),
    // MLPerf Tiny AD: 264,192 MACs; Keras: 267,928 trainable (269,992 with BN statistics).
    PublishedCase(name: "fc-autoencoder", build: { try fcAutoencoder() }, macs: 264_192, parameters: 267_928,
                  output: .vector(640)),
    // By hand (28x28 input, conv1 padding 2):
    //   C1 5x5 1→6 at 28x28:   MACs 28·28·6·25 = 117,600;  params 6·25 + 6 = 156
    //   C3 5x5 6→16 at 10x10:  MACs 10·10·16·150 = 240,000; params 16·150 + 16 = 2,416
    //   C5 5x5 16→120 at 1x1:  MACs 120·400 = 48,000;       params 48,000 + 120 = 48,120
    //   F6 120→84:             MACs 10,080;                 params 10,080 + 84 = 10,164
    //   output 84→10:          MACs 840;                    params 840 + 10 = 850
    //   total MACs 416,520; params 61,706 (pools and sigmoids have neither).
    PublishedCase(name: "lenet5", build: { try leNet5() }, macs: 416_520, parameters: 61_706,
                  output: .vector(10)),
    // By hand (28x28, same padding): convs 225,792 + 7,225,344 (28x28) + 3,612,672 + 7,225,344
    // (14x14), fc 3,136·128 = 401,408, classifier 1,280 MACs; params: kernels 64,800 + BN 384 +
    // fc 401,536 + classifier 1,290 = 468,010.
    PublishedCase(name: "small-cnn", build: { try smallCNN() }, macs: 18_691_840, parameters: 468_010,
                  output: .vector(10)),
]

@Suite struct PublishedCountsTests {
    @Test(arguments: publishedCases)
    func reproducesPublishedTotals(_ c: PublishedCase) throws {
        let network = try c.build()
        #expect(network.macs == c.macs)
        #expect(network.parameters == c.parameters)
        #expect(network.outputShape == c.output)
        #expect(network.name == c.name)
    }

    @Test func resNet18MACsWithinPublishedRounding() throws {
        #expect(abs(Double(try resNet18().macs) - 1.814e9) <= 0.01e9)
    }

    /// torchvision rounds widths with `_make_divisible(·, 8)` and keeps the last conv at
    /// `1280 · max(1, width)`.
    @Test(arguments: [(0.35, 16, 1280), (0.5, 16, 1280), (1.0, 32, 1280), (1.4, 48, 1792)])
    func mobileNetV2WidthRounding(width: Double, stemChannels: Int, lastChannels: Int) throws {
        let network = try mobileNetV2(width: width)
        #expect(network.shapes[0].channels == stemChannels)
        let pool = try #require(network.layers.firstIndex { $0.operation == .globalAvgPool })
        #expect(network.shapes[pool] == .vector(lastChannels))
    }

    @Test(arguments: [(0.25, 8, 256), (0.5, 16, 512), (0.75, 24, 768)])
    func mobileNetV1WidthMultiplier(width: Double, stemChannels: Int, lastChannels: Int) throws {
        let network = try mobileNetV1(width: width, resolution: 128)
        #expect(network.shapes[0].channels == stemChannels)
        #expect(network.inputShapes(of: network.outputIndex) == [.vector(lastChannels)])
    }

    @Test func mobileNetV1VWWIsMobileNetV1AtQuarterWidth() throws {
        let vww = try mobileNetV1VWW(), plain = try mobileNetV1(width: 0.25, resolution: 96, classes: 2)
        #expect(vww.macs == plain.macs)
        #expect(vww.shapes == plain.shapes)
        #expect(vww.inputShape == TensorShape(channels: 3, height: 96, width: 96))
    }

    @Test func dsCNNFirstConvUsesSamePadding() throws {
        let network = try dsCNNKWS()
        #expect(network.shapes[0] == TensorShape(channels: 64, height: 25, width: 5))
        guard case .conv2d(let conv) = network.layers[0].operation else {
            Issue.record("first layer is not a conv")
            return
        }
        #expect(conv.padding == Padding(top: 4, left: 1, bottom: 5, right: 1))
    }

    @Test(arguments: [(224, 1000), (160, 100), (96, 10)])
    func resNet18ScalesWithResolutionAndClasses(resolution: Int, classes: Int) throws {
        let network = try resNet18(resolution: resolution, classes: classes)
        let finalSide = (resolution + 31) / 32
        let pool = try #require(network.layers.firstIndex { $0.operation == .globalAvgPool })
        #expect(network.inputShapes(of: pool) == [TensorShape(channels: 512, height: finalSide, width: finalSide)])
        #expect(network.outputShape == .vector(classes))
    }
}

/// MCUNet's model zoo (mit-han-lab/mcunet README): mcunet-in2 (mcunet-256kB) 67.3M MACs and
/// 0.73M parameters; mcunet-vww0 (mcunet-10fps_vww) 6.0M MACs and 0.37M parameters.
@Suite struct MCUNetZooCountsTests {
    @Test func mcunetIn2MatchesTheReleasedFigures() throws {
        let net = try mcunetIn2()
        #expect(net.macs == 67_287_200)
        #expect((net.parameters + 5_000) / 10_000 == 73)
    }

    /// 5,958,400 MACs by hand from the released configuration: stem 442,368; fourteen blocks;
    /// classifier 320. The last feature map is 2x2x160.
    @Test func mcunetVWW0MatchesTheReleasedFigures() throws {
        let net = try Zoo.network(named: "mcunet-vww0", resolution: nil, classes: nil)
        #expect(net.macs == 5_958_400)
        #expect((net.parameters + 5_000) / 10_000 == 37)
        let pool = try #require(net.layers.firstIndex { $0.operation == .globalAvgPool })
        #expect(net.inputShapes(of: pool) == [TensorShape(channels: 160, height: 2, width: 2)])
        #expect(net.outputShape == .vector(2))
    }
}

/// MCUNet's baseline mbv2-w0.35 at 144 (mbv2-320kB): 23.5M MACs, 0.75M parameters.
@Suite struct MCUNetBaselineCountsTests {
    @Test func mobileNetV2Width035At144MatchesMCUNetsBaseline() throws {
        let net = try Zoo.network(named: "mobilenetv2-w0.35", resolution: nil, classes: nil)
        #expect(net.macs == 23_499_152)
        #expect((net.parameters + 5_000) / 10_000 == 75)
    }
}
