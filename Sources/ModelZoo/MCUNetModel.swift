import NetworkIR

/// One block of a released MCUNet (TinyNAS) configuration: output channels, depthwise kernel,
/// stride and expansion ratio (`mobile_inverted_conv` of a `MobileInvertedResidualBlock`).
typealias MCUNetBlock = (channels: Int, kernel: Int, stride: Int, expansion: Double)

/// The network of a released MCUNet `ProxylessNASNets` configuration without a feature mix
/// layer: a 3x3/2 conv to 16 channels + BN + ReLU6; the MobileNetV2 blocks in order
/// (`invertedResidual`, ReLU6, no 1x1 expansion at ratio 1, identity shortcuts where the
/// configuration has one, which is exactly where stride is 1 and channels are unchanged); global
/// average pool; a linear classifier with bias.
func mcunetModel(name: String, blocks: [MCUNetBlock], resolution: Int, classes: Int) throws(NetworkError) -> Network {
    var b = NetworkBuilder(name: name, input: TensorShape(channels: 3, height: resolution, width: resolution))
    b.scope = "stem"
    var x = b.conv(b.input, 16, kernel: 3, stride: 2)
    x = b.relu6(b.batchNorm(x))
    for (i, block) in blocks.enumerated() {
        b.scope = "block\(i)"
        x = b.invertedResidual(x, outChannels: block.channels, expansion: block.expansion, kernel: block.kernel, stride: block.stride)
    }
    b.scope = "head"
    x = b.globalAvgPool(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}
