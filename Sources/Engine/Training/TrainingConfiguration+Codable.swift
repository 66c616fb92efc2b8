/// JSON form: every field of `TrainingConfiguration` under its own name, with
/// `"augmentation": {"cropPadding": 4, "horizontalFlip": true}`. Missing fields take the
/// initialiser's defaults; decoding validates and throws `TrainingError.invalidConfiguration`
/// for a value outside its domain.
extension TrainingConfiguration: Codable {
    enum CodingKeys: String, CodingKey {
        case budget, batchSize, optimizer, schedule, labelSmoothing, gradientClipping, augmentation, seed
        case trainingSubsetSize, evaluationBatchSize, dropsPartialBatch, progressIntervalSeconds
        case progressIntervalBatches
    }

    enum AugmentationKeys: String, CodingKey { case cropPadding, horizontalFlip }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var value = TrainingConfiguration()
        func read<T: Decodable>(_ key: CodingKeys, into field: inout T) throws {
            if let decoded = try c.decodeIfPresent(T.self, forKey: key) { field = decoded }
        }
        try read(.budget, into: &value.budget)
        try read(.batchSize, into: &value.batchSize)
        try read(.optimizer, into: &value.optimizer)
        try read(.schedule, into: &value.schedule)
        try read(.labelSmoothing, into: &value.labelSmoothing)
        value.gradientClipping = try c.decodeIfPresent(GradientClipping.self, forKey: .gradientClipping)
        if c.contains(.augmentation) {
            let a = try c.nestedContainer(keyedBy: AugmentationKeys.self, forKey: .augmentation)
            let padding = try a.decodeIfPresent(Int.self, forKey: .cropPadding) ?? 0
            guard padding >= 0 else {
                throw TrainingError.invalidConfiguration(
                    field: "augmentation.cropPadding", expected: "an integer ≥ 0, found \(padding)")
            }
            value.augmentation = Augmentation(
                cropPadding: padding, horizontalFlip: try a.decodeIfPresent(Bool.self, forKey: .horizontalFlip) ?? false)
        }
        try read(.seed, into: &value.seed)
        value.trainingSubsetSize = try c.decodeIfPresent(Int.self, forKey: .trainingSubsetSize)
        try read(.evaluationBatchSize, into: &value.evaluationBatchSize)
        try read(.dropsPartialBatch, into: &value.dropsPartialBatch)
        try read(.progressIntervalSeconds, into: &value.progressIntervalSeconds)
        try read(.progressIntervalBatches, into: &value.progressIntervalBatches)
        try value.validate()
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(budget, forKey: .budget)
        try c.encode(batchSize, forKey: .batchSize)
        try c.encode(optimizer, forKey: .optimizer)
        try c.encode(schedule, forKey: .schedule)
        try c.encode(labelSmoothing, forKey: .labelSmoothing)
        try c.encodeIfPresent(gradientClipping, forKey: .gradientClipping)
        var a = c.nestedContainer(keyedBy: AugmentationKeys.self, forKey: .augmentation)
        try a.encode(augmentation.cropPadding, forKey: .cropPadding)
        try a.encode(augmentation.horizontalFlip, forKey: .horizontalFlip)
        try c.encode(seed, forKey: .seed)
        try c.encodeIfPresent(trainingSubsetSize, forKey: .trainingSubsetSize)
        try c.encode(evaluationBatchSize, forKey: .evaluationBatchSize)
        try c.encode(dropsPartialBatch, forKey: .dropsPartialBatch)
        try c.encode(progressIntervalSeconds, forKey: .progressIntervalSeconds)
        try c.encode(progressIntervalBatches, forKey: .progressIntervalBatches)
    }
}
