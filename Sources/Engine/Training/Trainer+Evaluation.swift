extension Trainer {
    /// Mean cross-entropy (no label smoothing) and accuracy of `model` on `dataset`, in inference
    /// mode, `batchSize` items at a time.
    ///
    /// - Throws: `TrainingError` when the dataset is empty or does not fit the model, or when
    ///   `batchSize < 1`.
    /// - Complexity: O(dataset.count) inference forward passes, batched.
    public static func evaluate(model: Model, dataset: Dataset, batchSize: Int) throws(TrainingError) -> Evaluation {
        guard batchSize >= 1 else {
            throw .invalidConfiguration(field: "evaluationBatchSize", expected: "an integer ≥ 1, found \(batchSize)")
        }
        try checkCompatible(dataset, with: model)
        let loss = SoftmaxCrossEntropy()
        var lossSum = 0.0
        var correct = 0
        for start in stride(from: 0, to: dataset.count, by: batchSize) {
            let batch = dataset.batch(start..<min(start + batchSize, dataset.count))
            let result = loss.evaluate(logits: model.logits(batch.images), labels: batch.labels)
            lossSum += result.loss * Double(batch.labels.count)
            correct += result.correct
        }
        let n = Double(dataset.count)
        return Evaluation(loss: lossSum / n, accuracy: Double(correct) / n, count: dataset.count)
    }

    /// Throws unless `dataset` is non-empty, its items have the network's input shape and its
    /// labels index the logits.
    ///
    /// - Complexity: O(dataset.count).
    static func checkCompatible(_ dataset: Dataset, with model: Model) throws(TrainingError) {
        guard dataset.count > 0 else { throw .emptyDataset(dataset: dataset.name) }
        let input = model.network.inputShape
        let expected = [input.channels, input.height, input.width]
        guard dataset.itemShape == expected else {
            throw .itemShapeMismatch(dataset: dataset.name, itemShape: dataset.itemShape, networkInput: expected)
        }
        let classCount = model.network.shapes[model.logitsIndex].elementCount
        if let item = dataset.labels.firstIndex(where: { $0 < 0 || Int($0) >= classCount }) {
            throw .labelOutOfRange(dataset: dataset.name, item: item, label: dataset.labels[item], classCount: classCount)
        }
    }
}
