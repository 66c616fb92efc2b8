import NetworkIR

/// MCUNet's `mcunet-in2` ImageNet model (released as `mcunet-256kb-1mb_imagenet`, the TinyNAS
/// model that fits 256 KB SRAM and 1 MB flash; Lin et al., "MCUNet: Tiny Deep Learning on IoT
/// Devices", NeurIPS 2020), built from its released network configuration
/// (`mcunet-256kb-1mb_imagenet.json` of mit-han-lab/mcunet's model zoo, resolution 160).
///
/// A 3x3/2 conv to 16 channels + BN + ReLU6; eighteen MobileNetV2 blocks (`invertedResidual`,
/// ReLU6, identity shortcuts where the configuration has one, which is exactly where stride is 1
/// and channels are unchanged) with the per-block kernel and expansion of `mcunetIn2Blocks`; no
/// final 1x1 conv; global average pool; a linear classifier with bias. At 160x160 and 1000
/// classes it has 67,287,200 weight MACs (MCUNet's model zoo lists 67.3M MACs and 0.73M parameters).
public func mcunetIn2(resolution: Int = 160, classes: Int = 1000) throws(NetworkError) -> Network {
    var b = NetworkBuilder(name: "mcunet-in2", input: TensorShape(channels: 3, height: resolution, width: resolution))
    b.scope = "stem"
    var x = b.conv(b.input, 16, kernel: 3, stride: 2)
    x = b.relu6(b.batchNorm(x))
    for (i, block) in mcunetIn2Blocks.enumerated() {
        b.scope = "block\(i)"
        x = b.invertedResidual(x, outChannels: block.channels, expansion: block.expansion, kernel: block.kernel, stride: block.stride)
    }
    b.scope = "head"
    x = b.globalAvgPool(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}

/// `mcunet-in2`'s blocks in order: output channels, kernel, stride, expansion ratio.
let mcunetIn2Blocks: [(channels: Int, kernel: Int, stride: Int, expansion: Double)] = [
    (8, 3, 1, 1), (16, 5, 2, 3), (16, 7, 1, 6), (16, 3, 1, 5), (16, 5, 1, 5), (24, 3, 2, 5), (24, 7, 1, 6), (24, 5, 1, 6),
    (40, 7, 2, 4), (40, 5, 1, 5), (48, 3, 1, 5), (48, 5, 1, 5), (48, 3, 1, 4), (96, 5, 2, 6), (96, 5, 1, 4), (96, 5, 1, 3),
    (96, 3, 1, 4), (160, 5, 1, 5),
]
