import NetworkIR

extension NetworkBuilder {
    /// The MobileNetV2 inverted residual block (Sandler et al., CVPR 2018, Table 1): 1x1
    /// expansion to `in · expansion` channels with BN and activation (omitted when expansion is
    /// 1), k×k depthwise with BN and activation, optional squeeze-excite, 1x1 linear projection
    /// with BN, and an identity shortcut when stride is 1 and channels are unchanged.
    /// MCUNet, ProxylessNAS and Once-for-All blocks are this block with other kernels and ratios.
    public mutating func invertedResidual(
        _ x: Tensor, outChannels: Int, expansion: Double, kernel: Int, stride: Int,
        activation: Activation = .relu6, squeezeExcite: Double? = nil
    ) -> Tensor {
        let hidden = Int((Double(x.shape.channels) * expansion).rounded())
        var y = x
        if hidden != x.shape.channels {
            y = conv(y, hidden, kernel: 1, name: "expand")
            y = batchNorm(y, name: "expand_bn")
            y = self.activation(y, activation, name: "expand_act")
        }
        y = depthwise(y, kernel: Size2(square: kernel), stride: Size2(square: stride), name: "depthwise")
        y = batchNorm(y, name: "depthwise_bn")
        y = self.activation(y, activation, name: "depthwise_act")
        if let ratio = squeezeExcite {
            y = self.squeezeExcite(y, squeezeChannels: makeDivisible(Double(hidden) * ratio), gate: .hardSigmoid, name: "se")
        }
        y = conv(y, outChannels, kernel: 1, name: "project")
        y = batchNorm(y, name: "project_bn")
        if stride == 1 && x.shape.channels == outChannels {
            y = add([x, y], name: "residual")
        }
        return y
    }
}

/// Rounds `value` to the nearest multiple of `divisor`, never below `minimum` (default
/// `divisor`) and never more than 10 % below `value`: the channel rounding of the MobileNet
/// reference implementations (TensorFlow `_make_divisible`), used by every width multiplier.
public func makeDivisible(_ value: Double, divisor: Int = 8, minimum: Int? = nil) -> Int {
    let floor = minimum ?? divisor
    var rounded = max(floor, Int(value + Double(divisor) / 2) / divisor * divisor)
    if Double(rounded) < 0.9 * value { rounded += divisor }
    return rounded
}
