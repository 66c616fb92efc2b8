import NetworkIR

/// ResNet-18 (He et al., "Deep Residual Learning for Image Recognition", CVPR 2016, Table 1),
/// in the layout of torchvision's `resnet18`.
///
/// A 7x7/2 conv to 64 channels with BN and ReLU, 3x3/2 max pool, four stages of two basic
/// blocks (3x3 conv + BN + ReLU, 3x3 conv + BN, shortcut add, ReLU) with 64, 128, 256 and 512
/// channels, the first block of stages 2–4 having stride 2 and a 1x1/2 conv + BN shortcut;
/// global average pool and a linear classifier with bias. Convolutions have no bias and use
/// PyTorch symmetric padding. At 224x224 it has 1,814,073,344 weight MACs and 11,689,512
/// parameters (torchvision's count).
public func resNet18(resolution: Int = 224, classes: Int = 1000) throws(NetworkError) -> Network {
    var b = NetworkBuilder(name: "resnet18", input: TensorShape(channels: 3, height: resolution, width: resolution))
    b.scope = "stem"
    var x = b.conv(b.input, 64, kernel: 7, stride: 2)
    x = b.relu(b.batchNorm(x))
    x = b.maxPool(x, kernel: 3, stride: 2, padding: .half)
    for (s, channels) in [64, 128, 256, 512].enumerated() {
        for i in 0..<2 {
            b.scope = "layer\(s + 1).block\(i)"
            x = b.resNetBasicBlock(x, outChannels: channels, stride: i == 0 && s > 0 ? 2 : 1)
        }
    }
    b.scope = "head"
    x = b.globalAvgPool(x)
    let logits = b.linear(x, classes, name: "fc")
    return try b.build(output: logits)
}

extension NetworkBuilder {
    /// The ResNet basic block; the shortcut is a 1x1 conv + BN when the shape changes.
    mutating func resNetBasicBlock(_ x: Tensor, outChannels: Int, stride: Int) -> Tensor {
        var y = conv(x, outChannels, kernel: 3, stride: Size2(square: stride), name: "conv1")
        y = relu(batchNorm(y, name: "bn1"))
        y = conv(y, outChannels, kernel: 3, name: "conv2")
        y = batchNorm(y, name: "bn2")
        var shortcut = x
        if stride != 1 || x.shape.channels != outChannels {
            shortcut = conv(x, outChannels, kernel: 1, stride: Size2(square: stride), name: "downsample")
            shortcut = batchNorm(shortcut, name: "downsample_bn")
        }
        return relu(add([shortcut, y], name: "residual"))
    }
}
