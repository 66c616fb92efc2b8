import NetworkIR

/// MobileNetV2 (Sandler et al., "MobileNetV2: Inverted Residuals and Linear Bottlenecks",
/// CVPR 2018), in the layout of torchvision's `mobilenet_v2`.
///
/// Stem 3x3/2 conv to 32 channels with BN and ReLU6; the seven bottleneck stages of the
/// paper's Table 2 (expansion t, channels c, repeats n, first stride s):
/// (1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2),
/// (6, 320, 1, 1); a 1x1 conv to 1280 with BN and ReLU6; global average pool; a linear
/// classifier with bias (dropout is omitted: it has no inference cost).
///
/// `width` scales every channel count with `makeDivisible(·, 8)`, except that the last conv is
/// never narrower than 1280 (`1280 · max(1, width)`), as in torchvision; with
/// `scalesLastChannel` the last conv is `makeDivisible(1280 · width)` wide, as in the
/// ProxylessNAS / MCUNet code base (MCUNet's mbv2-w0.35 baseline: 0.75M parameters). Convolutions use
/// PyTorch symmetric padding. At width 1.0 and 224x224 it has 300,774,272 weight MACs and
/// 3,504,872 parameters (torchvision's count, batch-norm scale and shift included).
public func mobileNetV2(
    name: String = "mobilenetv2", width: Double = 1.0, resolution: Int = 224, classes: Int = 1000,
    scalesLastChannel: Bool = false
) throws(NetworkError) -> Network {
    let stages: [(expansion: Double, channels: Int, repeats: Int, stride: Int)] = [
        (1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1),
    ]
    var b = NetworkBuilder(
        name: name, input: TensorShape(channels: 3, height: resolution, width: resolution))
    b.scope = "stem"
    var x = b.conv(b.input, makeDivisible(32 * width), kernel: 3, stride: 2)
    x = b.relu6(b.batchNorm(x))
    for (s, stage) in stages.enumerated() {
        for i in 0..<stage.repeats {
            b.scope = "stage\(s + 1).block\(i)"
            x = b.invertedResidual(
                x, outChannels: makeDivisible(Double(stage.channels) * width), expansion: stage.expansion,
                kernel: 3, stride: i == 0 ? stage.stride : 1)
        }
    }
    b.scope = "head"
    x = b.conv(x, makeDivisible(1280 * (scalesLastChannel ? width : max(1, width))), kernel: 1)
    x = b.relu6(b.batchNorm(x))
    x = b.globalAvgPool(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}
