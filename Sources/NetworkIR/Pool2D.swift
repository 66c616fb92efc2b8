/// Window parameters of a max or average pooling layer.
public struct Pool2D: Hashable, Sendable {
    public var kernel: Size2
    public var stride: Size2
    public var padding: Padding
    /// For average pooling: whether padded zeros count in the divisor (PyTorch
    /// `count_include_pad`). NAS-Bench-201's `avg_pool_3x3` uses `false`.
    public var countIncludePad: Bool

    public init(kernel: Size2, stride: Size2? = nil, padding: Padding = .zero, countIncludePad: Bool = true) {
        self.kernel = kernel
        self.stride = stride ?? kernel
        self.padding = padding
        self.countIncludePad = countIncludePad
    }
}

extension Pool2D: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case kernel, stride, padding, countIncludePad }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kernel: try c.decode(Size2.self, forKey: .kernel),
            stride: try c.decodeIfPresent(Size2.self, forKey: .stride),
            padding: try c.decodeIfPresent(Padding.self, forKey: .padding) ?? .zero,
            countIncludePad: try c.decodeIfPresent(Bool.self, forKey: .countIncludePad) ?? true)
    }
}

/// Squeeze-and-excitation (Hu et al., CVPR 2018): global average pool, 1x1 conv to
/// `squeezeChannels` with bias, ReLU, 1x1 conv back with bias, `gate`, channel-wise scaling.
public struct SqueezeExcite: Hashable, Sendable {
    public var squeezeChannels: Int
    /// `sigmoid` in the original paper, `hardSigmoid` in MobileNetV3.
    public var gate: Activation

    public init(squeezeChannels: Int, gate: Activation = .sigmoid) {
        self.squeezeChannels = squeezeChannels
        self.gate = gate
    }
}

extension SqueezeExcite: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case squeezeChannels, gate }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            squeezeChannels: try c.decode(Int.self, forKey: .squeezeChannels),
            gate: try c.decodeIfPresent(Activation.self, forKey: .gate) ?? .sigmoid)
    }
}

/// Element-wise activation functions.
public enum Activation: String, Hashable, Sendable, Codable, CaseIterable {
    case relu, relu6
    /// x · ReLU6(x + 3) / 6 (MobileNetV3).
    case hardSwish
    /// ReLU6(x + 3) / 6.
    case hardSigmoid
    case sigmoid
    case tanh
    /// The exact (erf) form, x · Φ(x).
    case gelu
}
