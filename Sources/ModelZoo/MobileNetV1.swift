import NetworkIR

/// MobileNetV1 (Howard et al., "MobileNets: Efficient Convolutional Neural Networks for Mobile
/// Vision Applications", arXiv:1704.04861, 2017), the body of the paper's Table 1.
///
/// A 3x3/2 conv to 32 channels, then 13 depthwise-separable blocks (3x3 depthwise + BN + ReLU,
/// 1x1 pointwise + BN + ReLU) with pointwise widths 64, 128/2, 128, 256/2, 256, 512/2, 5 × 512,
/// 1024/2, 1024 (`/2`: the depthwise conv has stride 2; Table 1's second-to-last "s2" is the
/// well-known typo, the reference implementations use stride 1 there), global average pool and
/// a linear classifier with bias. Padding is TensorFlow `SAME`, as in the reference
/// implementation; convolutions carry no bias because batch norm follows them.
///
/// `width` is the paper's width multiplier α, applied with `makeDivisible(·, 8)`; for the
/// published multipliers 1, 0.75, 0.5 and 0.25 every channel count is already a multiple of 8,
/// so this equals the reference `int(channels · α)`. At α = 1 and 224x224 it has 568,740,352
/// weight MACs (the paper's 569 M) and 4,231,976 parameters: 4,210,088 kernels, classifier
/// bias included, plus 21,888 batch-norm scales and shifts. The paper's "4.2 M" is consistent
/// with both and does not say which.
public func mobileNetV1(width: Double = 1.0, resolution: Int = 224, classes: Int = 1000) throws(NetworkError) -> Network {
    try mobileNetV1(name: "mobilenetv1", width: width, resolution: resolution, classes: classes, convolutionBias: false)
}

/// The MobileNetV1 layout with a choice of convolution bias (the MLPerf Tiny VWW reference
/// keeps Keras's default bias on every convolution).
func mobileNetV1(
    name: String, width: Double, resolution: Int, classes: Int, convolutionBias: Bool
) throws(NetworkError) -> Network {
    let separable: [(channels: Int, stride: Int)] = [
        (64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2),
        (512, 1), (512, 1), (512, 1), (512, 1), (512, 1), (1024, 2), (1024, 1),
    ]
    var b = NetworkBuilder(name: name, input: TensorShape(channels: 3, height: resolution, width: resolution))
    b.scope = "stem"
    var x = b.conv(b.input, makeDivisible(32 * width), kernel: 3, stride: 2, padding: .same, bias: convolutionBias)
    x = b.relu(b.batchNorm(x))
    for (i, block) in separable.enumerated() {
        b.scope = "block\(i + 1)"
        x = b.depthwise(x, kernel: 3, stride: Size2(square: block.stride), padding: .same, bias: convolutionBias,
                        name: "depthwise")
        x = b.relu(b.batchNorm(x, name: "depthwise_bn"))
        x = b.conv(x, makeDivisible(Double(block.channels) * width), kernel: 1, padding: .same,
                   bias: convolutionBias, name: "pointwise")
        x = b.relu(b.batchNorm(x, name: "pointwise_bn"))
    }
    b.scope = "head"
    x = b.globalAvgPool(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}
