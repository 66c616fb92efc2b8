/// A dense float32 tensor in row-major order.
///
/// Activations are batch-first NCHW: `[batch, channels, height, width]`; a feature vector is
/// `[batch, features, 1, 1]`, matching `TensorShape`'s convention for vectors. Parameters use
/// PyTorch's layouts (`[out, in/groups, kh, kw]` for convolution, `[out, in]` for linear) so that
/// weight files line up with the peers'.
public struct Tensor: Sendable, Equatable {
    public var shape: [Int]
    public var scalars: [Float]

    public init(shape: [Int], scalars: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative dimension in \(shape)")
        precondition(
            shape.reduce(1, *) == scalars.count,
            "Tensor: shape \(shape) needs \(shape.reduce(1, *)) scalars, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    public init(zeros shape: [Int]) {
        self.init(shape: shape, scalars: [Float](repeating: 0, count: shape.reduce(1, *)))
    }

    /// A tensor whose scalars the caller overwrites entirely before reading (no zero fill).
    init(uninitialized shape: [Int]) {
        let count = shape.reduce(1, *)
        self.init(shape: shape, scalars: [Float](unsafeUninitializedCapacity: count) { _, initialized in
            initialized = count
        })
    }

    public init(repeating value: Float, shape: [Int]) {
        self.init(shape: shape, scalars: [Float](repeating: value, count: shape.reduce(1, *)))
    }

    public var count: Int { scalars.count }

    /// Batch size: the first dimension.
    public var batch: Int { shape.first ?? 1 }

    /// Elements per batch item.
    public var itemCount: Int { shape.isEmpty ? 1 : shape.dropFirst().reduce(1, *) }

    /// The same scalars viewed under another shape with the same element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, scalars: scalars)
    }

    /// Adds `other` element-wise into `self`.
    public mutating func add(_ other: Tensor) {
        precondition(shape == other.shape, "Tensor.add: shape \(shape) vs \(other.shape)")
        scalars.withUnsafeMutableBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                for i in 0..<a.count { a[i] += b[i] }
            }
        }
    }
}
