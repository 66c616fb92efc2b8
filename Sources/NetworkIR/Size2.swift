/// A (height, width) pair for kernels, strides and dilations.
public struct Size2: Hashable, Sendable {
    public var height: Int
    public var width: Int

    public init(_ height: Int, _ width: Int) {
        self.height = height
        self.width = width
    }

    public init(square: Int) { self.init(square, square) }

    public var area: Int { height * width }
}

extension Size2: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(square: value) }
}

extension Size2: CustomStringConvertible {
    public var description: String { height == width ? "\(height)" : "\(height)x\(width)" }
}

extension Size2: Codable {
    /// Decodes `3` or `[3, 3]`; encodes `[height, width]`.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(Int.self) {
            self.init(square: single)
            return
        }
        guard let pair = try? decoder.singleValueContainer().decode([Int].self), pair.count == 2 else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "expected an integer or [height, width]"))
        }
        self.init(pair[0], pair[1])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(height)
        try c.encode(width)
    }
}
