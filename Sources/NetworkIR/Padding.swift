/// Zero padding on each side of the spatial dimensions, in ONNX `pads` order
/// (`[top, left, bottom, right]`). Asymmetric padding is needed to express TensorFlow's `SAME`
/// for strided layers, which pads the extra row and column at the bottom and right.
public struct Padding: Hashable, Sendable {
    public var top: Int
    public var left: Int
    public var bottom: Int
    public var right: Int

    public init(top: Int, left: Int, bottom: Int, right: Int) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    public init(symmetric p: Int) { self.init(top: p, left: p, bottom: p, right: p) }

    public static let zero = Padding(symmetric: 0)

    public var isSymmetric: Bool { top == bottom && left == right }

    /// TensorFlow `SAME` padding: output = ceil(input / stride); the odd pixel goes bottom/right.
    public static func same(input: TensorShape, kernel: Size2, stride: Size2, dilation: Size2 = 1) -> Padding {
        func split(_ size: Int, _ k: Int, _ s: Int, _ d: Int) -> (Int, Int) {
            let out = (size + s - 1) / s
            let total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
            return (total / 2, total - total / 2)
        }
        let (t, b) = split(input.height, kernel.height, stride.height, dilation.height)
        let (l, r) = split(input.width, kernel.width, stride.width, dilation.width)
        return Padding(top: t, left: l, bottom: b, right: r)
    }
}

extension Padding: CustomStringConvertible {
    public var description: String {
        if isSymmetric && top == left { return "\(top)" }
        return "[\(top),\(left),\(bottom),\(right)]"
    }
}

extension Padding: Codable {
    /// Decodes `1`, `[vertical, horizontal]` or `[top, left, bottom, right]`; encodes the last form.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(Int.self) {
            self.init(symmetric: single)
            return
        }
        let values = (try? decoder.singleValueContainer().decode([Int].self)) ?? []
        switch values.count {
        case 2: self.init(top: values[0], left: values[1], bottom: values[0], right: values[1])
        case 4: self.init(top: values[0], left: values[1], bottom: values[2], right: values[3])
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected an integer, [vertical, horizontal] or [top, left, bottom, right]"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode([top, left, bottom, right])
    }
}
