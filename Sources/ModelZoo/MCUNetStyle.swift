import NetworkIR

/// An MCUNet-style network: the kind of model TinyNAS finds in the MobileNetV2-based search space
/// of MCUNet (Lin et al., "MCUNet: Tiny Deep Learning on IoT Devices", NeurIPS 2020), written
/// here as a fixed, representative layout (not the weights-and-config of a released MCUNet
/// model, whose configurations are distributed separately).
///
/// A 3x3/2 conv to 16 channels + BN + ReLU6; an MBConv with expansion 1 (k3, 8 channels); six
/// stages of MBConv blocks (`invertedResidual`, ReLU6) with the mixed kernel sizes and
/// expansion ratios that distinguish TinyNAS models from hand-designed ones (stride applies to
/// the first block of a stage; identity shortcuts where shapes match), see `mcunetStages`;
/// a 1x1 conv to 320 + BN + ReLU6; global average pool; a linear classifier with bias.
/// The overall stride is 32, so 128x128 inputs end on a 4x4 map. At 128x128 and 1000 classes it
/// has 29,338,112 weight MACs and 886,488 parameters, between MCUNet's published 5fps (12.8 M
/// MACs) and 256kB (67.3 M MACs) ImageNet models.
public func mcunetStyle(resolution: Int = 128, classes: Int = 1000) throws(NetworkError) -> Network {
    var b = NetworkBuilder(name: "mcunet-style", input: TensorShape(channels: 3, height: resolution, width: resolution))
    b.scope = "stem"
    var x = b.conv(b.input, 16, kernel: 3, stride: 2)
    x = b.relu6(b.batchNorm(x))
    b.scope = "stage0.block0"
    x = b.invertedResidual(x, outChannels: 8, expansion: 1, kernel: 3, stride: 1)
    for (s, stage) in mcunetStages.enumerated() {
        for (i, block) in stage.blocks.enumerated() {
            b.scope = "stage\(s + 1).block\(i)"
            x = b.invertedResidual(
                x, outChannels: stage.channels, expansion: block.expansion, kernel: block.kernel,
                stride: i == 0 ? stage.stride : 1)
        }
    }
    b.scope = "head"
    x = b.conv(x, 320, kernel: 1)
    x = b.relu6(b.batchNorm(x))
    x = b.globalAvgPool(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}

/// The MBConv stages of `mcunetStyle`: output channels, stride of the first block, and each
/// block's (kernel, expansion).
let mcunetStages: [(channels: Int, stride: Int, blocks: [(kernel: Int, expansion: Double)])] = [
    (16, 2, [(7, 3), (3, 4)]),
    (24, 2, [(7, 6), (5, 3), (5, 4)]),
    (40, 2, [(7, 6), (5, 4), (5, 4)]),
    (48, 1, [(5, 6), (5, 4)]),
    (96, 2, [(5, 6), (7, 4), (3, 3)]),
    (160, 1, [(7, 6)]),
]
