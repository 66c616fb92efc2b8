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

        public init(genome: String, measuredSeconds: Double, predictedSeconds: Double, noise: MeasurementNoise,
                    latencyBasis: CostEstimate.LatencyBasis) {
            self.genome = genome
            self.measuredSeconds = measuredSeconds
            self.predictedSeconds = predictedSeconds
            self.noise = noise
            self.latencyBasis = latencyBasis
        }
    }

    /// Measured (in the pass, `LayerTimes`) and predicted seconds of one kernel class, summed
    /// over layers and networks; folded layers count under their own class.
    public struct KernelTotals: Codable, Hashable, Sendable {
        public var layers = 0
        public var measuredSeconds = 0.0
        public var predictedSeconds = 0.0

        mutating func add(measured: Double, predicted: Double) {
            layers += 1
            measuredSeconds += measured
            predictedSeconds += predicted
        }
    }

    public var entries: [Entry]
    public var threads: Int
    public var clock: TimingClock
    public var statistic: TimingStatistic
    public var rounds: Int
    /// Wall seconds of the whole validation.
    public var seconds: Double
    /// Filled when the validation breaks down by kernel class.
    public var kernelTotals: [KernelClass: KernelTotals]
    /// Median over rounds of the speed probe / the profile's quiet probe: above 1, the machine
    /// ran slower than while it was profiled. Nil without a probe in the profile.
    public var speedRatio: Double?
    /// Share of rounds timed after `QuietGate` gave up waiting for a quiet probe.
    public var slowedShare: Double

    public init(entries: [Entry], threads: Int, clock: TimingClock, statistic: TimingStatistic, rounds: Int, seconds: Double,
                kernelTotals: [KernelClass: KernelTotals] = [:], speedRatio: Double?, slowedShare: Double) {
        self.entries = entries
        self.threads = threads
        self.clock = clock
        self.statistic = statistic
        self.rounds = rounds
        self.seconds = seconds
        self.kernelTotals = kernelTotals
        self.speedRatio = speedRatio
        self.slowedShare = slowedShare
    }

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
