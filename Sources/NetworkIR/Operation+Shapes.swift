extension Operation {
    /// The output shape for the given input shapes, or a description of why they do not fit.
    /// Shapes stay within `TensorShape.maximumElements`, so counts cannot overflow.
    public func outputShape(for inputs: [TensorShape]) -> Result<TensorShape, ShapeMismatch> {
        inferShape(inputs).flatMap {
            $0.isWithinLimits ? .success($0) : .failure(ShapeMismatch("output \($0) exceeds \(TensorShape.maximumElements) elements"))
        }
    }

    private func inferShape(_ inputs: [TensorShape]) -> Result<TensorShape, ShapeMismatch> {
        if let arity, inputs.count != arity {
            return .failure(ShapeMismatch("expects \(arity) input, got \(inputs.count)"))
        }
        if arity == nil, inputs.count < 2 {
            return .failure(ShapeMismatch("expects two or more inputs, got \(inputs.count)"))
        }
        if let bad = inputs.first(where: { !$0.isWithinLimits }) {
            return .failure(ShapeMismatch("input \(bad) exceeds \(TensorShape.maximumElements) elements or has a non-positive dimension"))
        }
        let x = inputs[0]
        switch self {
        case .conv2d(let conv):
            return Self.convShape(conv, x)
        case .linear(let linear):
            guard x.isVector else {
                return .failure(ShapeMismatch("input \(x) is not a vector; add a flatten or globalAvgPool before it"))
            }
            guard (1...TensorShape.maximumDimension).contains(linear.outFeatures) else {
                return .failure(ShapeMismatch("outFeatures must be between 1 and \(TensorShape.maximumDimension)"))
            }
            return .success(.vector(linear.outFeatures))
        case .maxPool(let pool), .avgPool(let pool):
            return Self.windowShape(x, kernel: pool.kernel, stride: pool.stride, padding: pool.padding, dilation: 1)
                .map { TensorShape(channels: x.channels, height: $0.height, width: $0.width) }
        case .globalAvgPool:
            return .success(.vector(x.channels))
        case .flatten:
            return .success(.vector(x.elementCount))
        case .add:
            if let other = inputs.first(where: { $0 != x }) {
                return .failure(ShapeMismatch("add inputs differ: \(x) and \(other)"))
            }
            return .success(x)
        case .concat:
            if let other = inputs.first(where: { $0.height != x.height || $0.width != x.width }) {
                return .failure(ShapeMismatch("concat inputs differ in height/width: \(x) and \(other)"))
            }
            return .success(TensorShape(channels: inputs.map(\.channels).reduce(0, +), height: x.height, width: x.width))
        case .channelShuffle(let groups):
            guard groups > 0, x.channels % groups == 0 else {
                return .failure(ShapeMismatch("channelShuffle groups \(groups) must divide channels \(x.channels)"))
            }
            return .success(x)
        case .squeezeExcite(let se):
            guard (1...TensorShape.maximumDimension).contains(se.squeezeChannels) else {
                return .failure(ShapeMismatch("squeezeChannels must be between 1 and \(TensorShape.maximumDimension)"))
            }
            return .success(x)
        case .batchNorm, .activation, .softmax, .identity, .zero:
            return .success(x)
        }
    }

    private static func convShape(_ conv: Conv2D, _ x: TensorShape) -> Result<TensorShape, ShapeMismatch> {
        guard conv.outChannels > 0, conv.groups > 0 else {
            return .failure(ShapeMismatch("outChannels and groups must be positive"))
        }
        guard x.channels % conv.groups == 0, conv.outChannels % conv.groups == 0 else {
            return .failure(ShapeMismatch(
                "groups \(conv.groups) must divide input channels \(x.channels) and output channels \(conv.outChannels)"))
        }
        guard conv.outChannels <= TensorShape.maximumDimension,
              (x.channels / conv.groups) * conv.kernel.height * conv.kernel.width <= TensorShape.maximumDimension
        else { return .failure(ShapeMismatch("outChannels or the per-output window (inC/groups·kH·kW) exceeds \(TensorShape.maximumDimension)")) }
        return windowShape(x, kernel: conv.kernel, stride: conv.stride, padding: conv.padding, dilation: conv.dilation)
            .map { TensorShape(channels: conv.outChannels, height: $0.height, width: $0.width) }
    }

    /// Output size of a sliding window: floor((in + pads − dilation·(k − 1) − 1) / stride) + 1.
    private static func windowShape(
        _ x: TensorShape, kernel: Size2, stride: Size2, padding: Padding, dilation: Size2
    ) -> Result<Size2, ShapeMismatch> {
        guard kernel.height > 0, kernel.width > 0, stride.height > 0, stride.width > 0,
              dilation.height > 0, dilation.width > 0,
              min(padding.top, padding.left, padding.bottom, padding.right) >= 0
        else { return .failure(ShapeMismatch("kernel, stride and dilation must be positive and padding non-negative")) }
        let limit = TensorShape.maximumDimension
        guard max(kernel.height, kernel.width, stride.height, stride.width, dilation.height, dilation.width) <= limit,
              max(padding.top, padding.left, padding.bottom, padding.right) <= limit
        else { return .failure(ShapeMismatch("kernel, stride, dilation and padding must be at most \(limit)")) }
        let spanH = dilation.height * (kernel.height - 1) + 1
        let spanW = dilation.width * (kernel.width - 1) + 1
        let paddedH = x.height + padding.top + padding.bottom
        let paddedW = x.width + padding.left + padding.right
        guard paddedH >= spanH, paddedW >= spanW else {
            return .failure(ShapeMismatch(
                "kernel \(kernel) (span \(spanH)x\(spanW)) is larger than the padded input \(paddedH)x\(paddedW) of \(x)"))
        }
        return .success(Size2((paddedH - spanH) / stride.height + 1, (paddedW - spanW) / stride.width + 1))
    }
}

/// Why an operation cannot take the shapes it was given.
public struct ShapeMismatch: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
