/// Why training or evaluation could not start. Numerical divergence during training is not an
/// error but a `TrainingReport.Status.failed(reason:)`.
public enum TrainingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A configuration field outside its domain, e.g. `("batchSize", "an integer ≥ 1, found 0")`.
    case invalidConfiguration(field: String, expected: String)
    case emptyDataset(dataset: String)
    /// The dataset's items (`[C, H, W]`) do not match the network input.
    case itemShapeMismatch(dataset: String, itemShape: [Int], networkInput: [Int])
    /// A label that is not an index into the network's logits.
    case labelOutOfRange(dataset: String, item: Int, label: Int32, classCount: Int)

    public var description: String {
        switch self {
        case .invalidConfiguration(let field, let expected):
            "training configuration: \(field): expected \(expected)"
        case .emptyDataset(let dataset):
            "dataset \"\(dataset)\": no items"
        case .itemShapeMismatch(let dataset, let itemShape, let networkInput):
            "dataset \"\(dataset)\": items are \(itemShape), the network expects input \(networkInput)"
        case .labelOutOfRange(let dataset, let item, let label, let classCount):
            "dataset \"\(dataset)\": item \(item) has label \(label), expected a class index in 0..<\(classCount) (the network's logits)"
        }
    }
}
