import NetworkIR

/// MCUNet's `mcunet-vww0` visual-wake-words model (released as `mcunet-10fps_vww`, the TinyNAS
/// model that runs 10 frames/s on an STM32F746; Lin et al., NeurIPS 2020), built from its
/// released network configuration (`mcunet-10fps_vww.json`, resolution 64, two classes) by
/// `mcunetModel` with the blocks of `mcunetVWW0Blocks`. MCUNet's model zoo lists 6.0M MACs and
/// 0.37M parameters.
public func mcunetVWW0(resolution: Int = 64, classes: Int = 2) throws(NetworkError) -> Network {
    try mcunetModel(name: "mcunet-vww0", blocks: mcunetVWW0Blocks, resolution: resolution, classes: classes)
}

/// `mcunet-vww0`'s fourteen blocks in order: output channels, kernel, stride, expansion ratio.
let mcunetVWW0Blocks: [MCUNetBlock] = [
    (8, 3, 1, 1), (16, 5, 2, 6), (16, 3, 1, 4), (24, 3, 2, 5), (24, 3, 1, 4), (24, 3, 1, 4), (40, 3, 2, 5),
    (40, 3, 1, 4), (40, 7, 1, 3), (48, 3, 1, 3), (48, 3, 1, 4), (96, 7, 2, 5), (96, 5, 1, 5), (160, 7, 1, 4),
]
