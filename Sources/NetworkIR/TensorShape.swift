/// The shape of one activation tensor, batch dimension excluded, in NCHW order.
///
/// Vectors (the input and output of `linear`) are `features × 1 × 1`, so every tensor in a
/// network has the same rank and a flatten is an explicit layer.
public struct TensorShape: Hashable, Sendable {
    public var channels: Int
    public var height: Int
    public var width: Int

    public init(channels: Int, height: Int, width: Int) {
        self.channels = channels
        self.height = height
        self.width = width
    }

    /// A `features × 1 × 1` vector.
    public static func vector(_ features: Int) -> TensorShape {
        TensorShape(channels: features, height: 1, width: 1)
    }

    public var elementCount: Int { channels * height * width }

    /// Largest accepted dimension, kernel, stride or padding (2^24): keeps every count below
    /// 2^63 so that no arithmetic can overflow.
    public static let maximumDimension = 1 << 24
    /// Largest accepted tensor (2^34 elements).
    public static let maximumElements = 1 << 34

    /// Whether every dimension is positive and the element count stays within the limits.
    public var isWithinLimits: Bool {
        guard min(channels, height, width) >= 1, max(channels, height, width) <= Self.maximumDimension else { return false }
        let (hw, o1) = height.multipliedReportingOverflow(by: width)
        let (all, o2) = hw.multipliedReportingOverflow(by: channels)
        return !o1 && !o2 && all <= Self.maximumElements
    }
    public var isVector: Bool { height == 1 && width == 1 }

    /// Bytes of this tensor when each element takes `bits` bits (rounded up to whole bytes).
    public func bytes(bits: Int) -> Int { (elementCount * bits + 7) / 8 }
}

extension TensorShape: CustomStringConvertible {
    public var description: String { "\(channels)x\(height)x\(width)" }
}

extension TensorShape: Codable {
    /// Encoded as `[channels, height, width]`.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let values = [try c.decode(Int.self), try c.decode(Int.self), try c.decode(Int.self)]
        self.init(channels: values[0], height: values[1], width: values[2])
        guard c.isAtEnd, isWithinLimits else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected [channels, height, width] of three positive integers, at most \(Self.maximumElements) elements"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(channels)
        try c.encode(height)
        try c.encode(width)
    }
}
