import NetworkIR

extension FBNetSpace {
    /// The nine candidates of each searchable FBNet layer (Wu et al., "FBNet: Hardware-Aware
    /// Efficient ConvNet Design via Differentiable Neural Architecture Search", CVPR 2019,
    /// Table 2), labelled as in HW-NAS-Bench (Li et al., ICLR 2021): `k<kernel>_e<expansion>`,
    /// `_g2` for the grouped variants, and `skip`.
    public enum Block: String, CaseIterable, Hashable, Sendable {
        case k3e1 = "k3_e1", k3e1g2 = "k3_e1_g2", k3e3 = "k3_e3", k3e6 = "k3_e6"
        case k5e1 = "k5_e1", k5e1g2 = "k5_e1_g2", k5e3 = "k5_e3", k5e6 = "k5_e6"
        case skip

        /// Side of the depthwise kernel in pixels; `nil` for `skip`.
        public var kernel: Int? {
            switch self {
            case .k3e1, .k3e1g2, .k3e3, .k3e6: 3
            case .k5e1, .k5e1g2, .k5e3, .k5e6: 5
            case .skip: nil
            }
        }

        /// Ratio of the hidden width to the block's input width; `nil` for `skip`.
        public var expansion: Int? {
            switch self {
            case .k3e1, .k3e1g2, .k5e1, .k5e1g2: 1
            case .k3e3, .k5e3: 3
            case .k3e6, .k5e6: 6
            case .skip: nil
            }
        }

        /// Groups of both 1x1 convolutions.
        public var groups: Int { self == .k3e1g2 || self == .k5e1g2 ? 2 : 1 }
    }
}

extension NetworkBuilder {
    /// One FBNet layer as HW-NAS-Bench instantiates it (`ConvBlock` and `Skip` in
    /// `hw_nas_bench_api/fbnet_models/model_infer.py`).
    ///
    /// A convolutional block is a 1x1 group convolution to `in · expansion` channels, BN, ReLU, a
    /// channel shuffle when grouped, a k×k depthwise convolution carrying the stride, BN, ReLU,
    /// a 1x1 group convolution to `outChannels` and BN, plus an identity shortcut when the stride
    /// is 1 and the width is unchanged. `skip` adds no layer when the shape is unchanged and is
    /// otherwise a 1x1 convolution with the stride, BN and ReLU.
    mutating func fbnetLayer(_ x: Tensor, _ block: FBNetSpace.Block, outChannels: Int, stride: Int) -> Tensor {
        guard let kernel = block.kernel, let expansion = block.expansion else {
            if stride == 1 && x.shape.channels == outChannels { return x }
            let y = conv(x, outChannels, kernel: 1, stride: Size2(square: stride), name: "conv")
            return relu(batchNorm(y, name: "bn"))
        }
        let g = block.groups
        var y = conv(x, x.shape.channels * expansion, kernel: 1, groups: g, name: "pw1")
        y = relu(batchNorm(y, name: "pw1_bn"))
        if g > 1 { y = channelShuffle(y, groups: g, name: "shuffle") }
        y = depthwise(y, kernel: Size2(square: kernel), stride: Size2(square: stride), name: "dw")
        y = relu(batchNorm(y, name: "dw_bn"))
        y = conv(y, outChannels, kernel: 1, groups: g, name: "pw2")
        y = batchNorm(y, name: "pw2_bn")
        if stride == 1 && x.shape.channels == outChannels { y = add([x, y], name: "residual") }
        return y
    }
}
