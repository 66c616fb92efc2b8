import NetworkIR

/// MCUNet's `mcunet-in2` ImageNet model (released as `mcunet-256kb-1mb_imagenet`, the TinyNAS
/// model that fits 256 KB SRAM and 1 MB flash; Lin et al., "MCUNet: Tiny Deep Learning on IoT
/// Devices", NeurIPS 2020), built from its released network configuration
/// (`mcunet-256kb-1mb_imagenet.json` of mit-han-lab/mcunet's model zoo, resolution 160) by
/// `mcunetModel` with the blocks of `mcunetIn2Blocks`. At 160x160 and 1000 classes it has
/// 67,287,200 weight MACs (MCUNet's model zoo lists 67.3M MACs and 0.73M parameters).
public func mcunetIn2(resolution: Int = 160, classes: Int = 1000) throws(NetworkError) -> Network {
    try mcunetModel(name: "mcunet-in2", blocks: mcunetIn2Blocks, resolution: resolution, classes: classes)
}

/// `mcunet-in2`'s blocks in order: output channels, kernel, stride, expansion ratio.
let mcunetIn2Blocks: [MCUNetBlock] = [
    (8, 3, 1, 1), (16, 5, 2, 3), (16, 7, 1, 6), (16, 3, 1, 5), (16, 5, 1, 5), (24, 3, 2, 5), (24, 7, 1, 6), (24, 5, 1, 6),
    (40, 7, 2, 4), (40, 5, 1, 5), (48, 3, 1, 5), (48, 5, 1, 5), (48, 3, 1, 4), (96, 5, 2, 6), (96, 5, 1, 4), (96, 5, 1, 3),
    (96, 3, 1, 4), (160, 5, 1, 5),
]
