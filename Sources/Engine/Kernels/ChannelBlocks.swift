/// Block moves between NCHW tensors `[N, C, P]` and channel-major matrices `[C, N·P]`, and
/// per-channel fills and sums, all split over (image, channel) planes.
enum ChannelBlocks {
    /// `y[n, c, p] = values[c]` for every image and pixel.
    ///
    /// - Complexity: O(N·C·P) stores.
    static func fill(_ y: UnsafeMutablePointer<Float>, images: Int, channels: Int, plane: Int, values: UnsafePointer<Float>) {
        let out = SharedPointer(y)
        let v = SharedPointer(UnsafeMutablePointer(mutating: values))
        parallelFor(images * channels, costPerItem: plane) { items in
            for item in items {
                out.advanced(by: item * plane).update(repeating: v[item % channels], count: plane)
            }
        }
    }

    /// `y[n, c, p] = matrix[c, n·P + p] (+ bias[c])`: the product of a batched GEMM into NCHW.
    ///
    /// - Complexity: O(N·C·P) copies.
    static func scatter(
        _ matrix: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, images: Int, channels: Int, plane: Int,
        bias: UnsafePointer<Float>?
    ) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: matrix))
        let out = SharedPointer(y)
        let b = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        parallelFor(images * channels, costPerItem: plane) { items in
            for item in items {
                let (n, c) = item.quotientAndRemainder(dividingBy: channels)
                let from = src.advanced(by: (c * images + n) * plane)
                let to = out.advanced(by: item * plane)
                if let b {
                    let shift = b[c]
                    for p in 0..<plane { to[p] = from[p] + shift }
                } else {
                    to.update(from: from, count: plane)
                }
            }
        }
    }

    /// `matrix[c, n·P + p] = y[n, c, p]`: NCHW gradients as the channel-major operand of a batched GEMM.
    ///
    /// - Complexity: O(N·C·P) copies.
    static func gather(_ y: UnsafePointer<Float>, into matrix: UnsafeMutablePointer<Float>, images: Int, channels: Int, plane: Int) {
        let src = SharedPointer(UnsafeMutablePointer(mutating: y))
        let out = SharedPointer(matrix)
        parallelFor(images * channels, costPerItem: plane) { items in
            for item in items {
                let (n, c) = item.quotientAndRemainder(dividingBy: channels)
                out.advanced(by: (c * images + n) * plane).update(from: src.advanced(by: item * plane), count: plane)
            }
        }
    }

    /// `Σₙ Σₚ y[n, c, p]` for every channel: the bias gradient.
    ///
    /// - Complexity: O(N·C·P) additions, split over channels.
    static func sums(_ y: UnsafePointer<Float>, images: Int, channels: Int, plane: Int) -> [Float] {
        var result = [Float](repeating: 0, count: channels)
        let src = SharedPointer(UnsafeMutablePointer(mutating: y))
        result.withUnsafeMutableBufferPointer { r in
            let out = SharedPointer(r.baseAddress!)
            parallelFor(channels, costPerItem: images * plane) { cs in
                for c in cs {
                    var total: Float = 0
                    for n in 0..<images { total += VectorReductions.sum(src.advanced(by: (n * channels + c) * plane), count: plane) }
                    out[c] = total
                }
            }
        }
        return result
    }
}
