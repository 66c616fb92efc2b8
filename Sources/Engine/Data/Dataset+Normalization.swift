/// Per-channel mean and standard deviation, the usual input normalisation.
public struct ChannelNormalization: Sendable, Equatable, Codable {
    public var mean: [Float]
    public var std: [Float]

    public init(mean: [Float], std: [Float]) {
        precondition(mean.count == std.count, "normalisation: \(mean.count) means, \(std.count) deviations")
        precondition(std.allSatisfy { $0 > 0 }, "normalisation: standard deviations must be positive")
        self.mean = mean
        self.std = std
    }
}

extension Dataset {
    /// Mean and (population) standard deviation of each channel over all items and pixels.
    ///
    /// - Complexity: O(count · itemCount), accumulated in Double.
    public func channelStatistics() -> ChannelNormalization {
        let channels = itemShape[0]
        let plane = itemShape[1] * itemShape[2]
        var sum = [Double](repeating: 0, count: channels)
        var squares = [Double](repeating: 0, count: channels)
        features.withUnsafeBufferPointer { f in
            for item in 0..<count {
                for c in 0..<channels {
                    let base = (item * channels + c) * plane
                    var s = 0.0, q = 0.0
                    for p in 0..<plane {
                        let v = Double(f[base + p])
                        s += v
                        q += v * v
                    }
                    sum[c] += s
                    squares[c] += q
                }
            }
        }
        let n = Double(max(count * plane, 1))
        let mean = sum.map { $0 / n }
        let std = zip(squares, mean).map { max(($0 / n - $1 * $1).squareRoot(), 1e-6) }
        return ChannelNormalization(mean: mean.map(Float.init), std: std.map(Float.init))
    }

    /// Items with `(x − mean[c]) / std[c]` applied per channel.
    public func normalized(_ normalization: ChannelNormalization) -> Dataset {
        let channels = itemShape[0]
        precondition(normalization.mean.count == channels,
                     "normalisation has \(normalization.mean.count) channels, dataset \(channels)")
        let plane = itemShape[1] * itemShape[2]
        var copy = self
        copy.features.withUnsafeMutableBufferPointer { f in
            for item in 0..<count {
                for c in 0..<channels {
                    let base = (item * channels + c) * plane
                    let m = normalization.mean[c], s = 1 / normalization.std[c]
                    for p in 0..<plane { f[base + p] = (f[base + p] - m) * s }
                }
            }
        }
        return copy
    }
}
