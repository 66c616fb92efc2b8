extension Dataset {
    /// The items at `indices` as one NCHW batch with their labels, augmented when asked.
    ///
    /// - Complexity: O(indices.count · itemCount).
    public func batch(
        _ indices: some Collection<Int>, augmentation: Augmentation = .none,
        using generator: inout some RandomNumberGenerator
    ) -> (images: Tensor, labels: [Int32]) {
        let n = itemCount
        var images = Tensor(zeros: [indices.count] + itemShape)
        var labels: [Int32] = []
        labels.reserveCapacity(indices.count)
        features.withUnsafeBufferPointer { source in
            images.scalars.withUnsafeMutableBufferPointer { destination in
                for (row, i) in indices.enumerated() {
                    labels.append(self.labels[i])
                    let from = UnsafeBufferPointer(rebasing: source[i * n ..< (i + 1) * n])
                    let to = UnsafeMutableBufferPointer(rebasing: destination[row * n ..< (row + 1) * n])
                    if augmentation.isIdentity {
                        _ = to.initialize(from: from)
                    } else {
                        augmentation.apply(source: from, destination: to, itemShape: itemShape, using: &generator)
                    }
                }
            }
        }
        return (images, labels)
    }

    /// Without augmentation no randomness is needed.
    public func batch(_ indices: some Collection<Int>) -> (images: Tensor, labels: [Int32]) {
        var unused = SystemRandomNumberGenerator()
        return batch(indices, augmentation: .none, using: &unused)
    }
}
