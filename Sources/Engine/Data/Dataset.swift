/// An in-memory labelled dataset: `count` items of `itemShape` (`[C, H, W]`) float features.
///
/// Loaders (IDX, CIFAR-10 binary, image folders, CSV) produce a `Dataset` with pixels scaled to
/// `[0, 1]`; `normalized(mean:std:)` then standardises per channel. Items are stored contiguously,
/// item `i` at `features[i * itemCount ..< (i + 1) * itemCount]`.
public struct Dataset: Sendable {
    public var name: String
    public var itemShape: [Int]
    public var features: [Float]
    public var labels: [Int32]
    public var classNames: [String]

    public init(name: String, itemShape: [Int], features: [Float], labels: [Int32], classNames: [String]) {
        precondition(itemShape.count == 3, "Dataset: item shape must be [C, H, W], got \(itemShape)")
        precondition(features.count == labels.count * itemShape.reduce(1, *),
                     "Dataset: \(features.count) features for \(labels.count) items of \(itemShape)")
        self.name = name
        self.itemShape = itemShape
        self.features = features
        self.labels = labels
        self.classNames = classNames
    }

    public var count: Int { labels.count }
    public var itemCount: Int { itemShape.reduce(1, *) }
    public var classCount: Int { classNames.count }

    /// The items at `indices`, in that order.
    public func subset(_ indices: some Collection<Int>) -> Dataset {
        let n = itemCount
        var features: [Float] = []
        features.reserveCapacity(indices.count * n)
        var labels: [Int32] = []
        labels.reserveCapacity(indices.count)
        for i in indices {
            features.append(contentsOf: self.features[i * n ..< (i + 1) * n])
            labels.append(self.labels[i])
        }
        return Dataset(name: name, itemShape: itemShape, features: features, labels: labels, classNames: classNames)
    }

    /// The first `limit` items of a seeded permutation (all items when `limit >= count`).
    public func randomSubset(_ limit: Int, using generator: inout some RandomNumberGenerator) -> Dataset {
        guard limit < count else { return self }
        return subset(Array((0..<count).shuffled(using: &generator).prefix(limit)).sorted())
    }

    /// A seeded split into training and validation parts; `validationFraction` in `[0, 1)`.
    public func split(
        validationFraction: Double, using generator: inout some RandomNumberGenerator
    ) -> (training: Dataset, validation: Dataset) {
        precondition((0..<1).contains(validationFraction), "validation fraction must be in [0, 1)")
        let order = (0..<count).shuffled(using: &generator)
        let validationCount = Int((Double(count) * validationFraction).rounded())
        return (subset(order[validationCount...].sorted()), subset(order[..<validationCount].sorted()))
    }
}
