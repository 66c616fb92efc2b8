import CostModels

/// The figures of a latency validation, per network and summarised.
public struct LatencyValidationResult: Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        /// The genome's text form in its space.
        public var genome: String
        public var measuredSeconds: Double
        public var predictedSeconds: Double
        public var noise: MeasurementNoise
        public var latencyBasis: CostEstimate.LatencyBasis
    }

    public var entries: [Entry]
    public var threads: Int
    public var clock: TimingClock
    public var rounds: Int
    /// Wall seconds of the whole validation.
    public var seconds: Double

    /// MAPE, within ±10 %, Spearman and Kendall of predictions against measurements.
    public var quality: PredictionQuality {
        PredictionQuality(predicted: entries.map(\.predictedSeconds), measured: entries.map(\.measuredSeconds))
    }

    /// Share of networks whose odd-round and even-round medians agree within ±10 %: about the
    /// best `within10` a perfect model could score against this noise.
    public var halvesWithin10: Double {
        Double(entries.count { $0.noise.halvesRelativeDifference <= 0.1 }) / Double(max(entries.count, 1))
    }

    /// Median over networks of the relative interquartile range of the repeats.
    public var medianRelativeInterquartileRange: Double {
        RepeatedTiming.median(entries.map(\.noise.relativeInterquartileRange))
    }

    /// Median over networks of the odd/even medians' relative difference.
    public var medianHalvesRelativeDifference: Double {
        RepeatedTiming.median(entries.map(\.noise.halvesRelativeDifference))
    }
}
