/// A 2-D convolution (cross-correlation, as in PyTorch and ONNX `Conv`).
///
/// Depthwise convolution is `groups == inChannels == outChannels`; grouped convolution splits
/// input and output channels into `groups` independent slices.
public struct Conv2D: Hashable, Sendable {
    public var outChannels: Int
    public var kernel: Size2
    public var stride: Size2
    public var padding: Padding
    public var dilation: Size2
    public var groups: Int
    public var bias: Bool

    public init(
        outChannels: Int, kernel: Size2, stride: Size2 = 1, padding: Padding = .zero,
        dilation: Size2 = 1, groups: Int = 1, bias: Bool = false
    ) {
        self.outChannels = outChannels
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.bias = bias
    }

    /// Whether this is a depthwise convolution for an input of `inChannels` channels.
    public func isDepthwise(inChannels: Int) -> Bool {
        groups > 1 && groups == inChannels && outChannels == inChannels
    }

    /// Whether this is a pointwise (1x1, stride 1, ungrouped) convolution.
    public var isPointwise: Bool {
        kernel == 1 && stride == 1 && groups == 1 && padding == .zero
    }
}

extension Conv2D: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case outChannels, kernel, stride, padding, dilation, groups, bias }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            outChannels: try c.decode(Int.self, forKey: .outChannels),
            kernel: try c.decode(Size2.self, forKey: .kernel),
            stride: try c.decodeIfPresent(Size2.self, forKey: .stride) ?? 1,
            padding: try c.decodeIfPresent(Padding.self, forKey: .padding) ?? .zero,
            dilation: try c.decodeIfPresent(Size2.self, forKey: .dilation) ?? 1,
            groups: try c.decodeIfPresent(Int.self, forKey: .groups) ?? 1,
            bias: try c.decodeIfPresent(Bool.self, forKey: .bias) ?? false)
    }
}

/// A fully connected layer `y = W x (+ b)` on a `features × 1 × 1` input.
public struct Linear: Hashable, Sendable, Codable {
    public var outFeatures: Int
    public var bias: Bool

    public init(outFeatures: Int, bias: Bool = true) {
        self.outFeatures = outFeatures
        self.bias = bias
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case outFeatures, bias }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            outFeatures: try c.decode(Int.self, forKey: .outFeatures),
            bias: try c.decodeIfPresent(Bool.self, forKey: .bias) ?? true)
    }
}
