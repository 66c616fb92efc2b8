import CostModels

/// The figures of a latency validation, per network and summarised.
public struct LatencyValidationResult: Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        /// The genome's text form in its space.
        public var genome: String
        /// The statistic over rounds of the raw times.
        public var measuredSeconds: Double
        /// The statistic over rounds of the times in quiet-machine time (`TimeScale.normalised`).
        public var normalisedSeconds: Double
        public var predictedSeconds: Double
        /// The spread of the raw rounds.
        public var noise: MeasurementNoise
        /// The spread of the normalised rounds.
        public var normalisedNoise: MeasurementNoise
        public var latencyBasis: CostEstimate.LatencyBasis
        /// Every timed round with the probe beside it, in order (empty when not kept).
        public var timedRounds: [ProbedSeconds] = []

        public init(genome: String, measuredSeconds: Double, normalisedSeconds: Double, predictedSeconds: Double,
                    noise: MeasurementNoise, normalisedNoise: MeasurementNoise, latencyBasis: CostEstimate.LatencyBasis) {
            self.genome = genome
            self.measuredSeconds = measuredSeconds
            self.normalisedSeconds = normalisedSeconds
            self.predictedSeconds = predictedSeconds
            self.noise = noise
            self.normalisedNoise = normalisedNoise
            self.latencyBasis = latencyBasis
        }

        public func seconds(_ scale: TimeScale) -> Double {
            scale == .raw ? measuredSeconds : normalisedSeconds
        }

        public func noise(_ scale: TimeScale) -> MeasurementNoise {
            scale == .raw ? noise : normalisedNoise
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
    /// Filled when the validation breaks down by kernel class; measured in quiet-machine time.
    public var kernelTotals: [KernelClass: KernelTotals]
    /// Median over the timed passes the figures use of the speed probe beside them /
    /// `quietProbeSeconds`: above 1, the machine ran slower than while it was profiled.
    public var speedRatio: Double
    /// The quiet probe the normalised times are scaled to, and whether it is the profile's
    /// (`cpu.speedProbeSeconds`) or, for a profile without one, the validation's own quietest.
    public var quietProbeSeconds: Double
    public var quietProbeFromProfile: Bool
    /// The quiet gate's tolerance: a median probe up to this many times the quiet one counts as
    /// the quiet speed.
    public var quietTolerance: Double
    /// Share of rounds timed after `QuietGate` gave up waiting for a quiet probe.
    public var slowedShare: Double
    /// Share of timed network passes whose probe was within `quietTolerance` of the quiet one.
    public var nearQuietShare: Double

    public init(entries: [Entry], threads: Int, clock: TimingClock, statistic: TimingStatistic, rounds: Int, seconds: Double,
                kernelTotals: [KernelClass: KernelTotals] = [:], speedRatio: Double, slowedShare: Double, nearQuietShare: Double = 1,
                quietProbeSeconds: Double, quietProbeFromProfile: Bool, quietTolerance: Double = 1.1) {
        self.entries = entries
        self.threads = threads
        self.clock = clock
        self.statistic = statistic
        self.rounds = rounds
        self.seconds = seconds
        self.kernelTotals = kernelTotals
        self.speedRatio = speedRatio
        self.slowedShare = slowedShare
        self.nearQuietShare = nearQuietShare
        self.quietProbeSeconds = quietProbeSeconds
        self.quietProbeFromProfile = quietProbeFromProfile
        self.quietTolerance = quietTolerance
    }

    /// The scale of the headline figures: the raw times when the machine ran at its quiet speed
    /// (the median probe within `quietTolerance` of the quiet probe, the quiet gate's own
    /// definition of quiet), else the normalised ones. On a slowed machine the raw times also
    /// measure the host's other tenants, which no model of the machine predicts, and the probe
    /// takes most of that out; at the quiet speed there is nothing to take out, and dividing by
    /// the probe only adds its own noise and its mismatch with the kernels (they do not slow
    /// exactly as the probe does: `coforge-bench speed-uniformity`; at 1.03–1.06× it moved
    /// mcunet's times by 6 %, Benchmarks/README.md).
    public var headline: TimeScale { speedRatio <= quietTolerance ? .raw : .normalised }

    /// MAPE, within ±10 %, Spearman and Kendall of predictions against the measurements on `scale`.
    public func quality(_ scale: TimeScale? = nil) -> PredictionQuality {
        let scale = scale ?? headline
        return PredictionQuality(predicted: entries.map(\.predictedSeconds), measured: entries.map { $0.seconds(scale) })
    }

    /// Share of networks whose odd-round and even-round medians agree within ±10 %: about the
    /// best `within10` a perfect model could score against this noise.
    public func halvesWithin10(_ scale: TimeScale? = nil) -> Double {
        let scale = scale ?? headline
        return Double(entries.count { $0.noise(scale).halvesRelativeDifference <= 0.1 }) / Double(max(entries.count, 1))
    }

    /// The even-round medians as predictions of the odd-round ones: the figures of a second
    /// measurement against the first, about the best any model can score against this noise
    /// (`within10` is `halvesWithin10` up to which median it is relative to).
    public func halvesQuality(_ scale: TimeScale? = nil) -> PredictionQuality {
        let scale = scale ?? headline
        return PredictionQuality(predicted: entries.map { $0.noise(scale).evenHalfSeconds }, measured: entries.map { $0.noise(scale).oddHalfSeconds })
    }

    /// Median over networks of the relative interquartile range of the repeats.
    public func medianRelativeInterquartileRange(_ scale: TimeScale? = nil) -> Double {
        RepeatedTiming.median(entries.map { $0.noise(scale ?? headline).relativeInterquartileRange })
    }

    /// Median over networks of the odd/even medians' relative difference.
    public func medianHalvesRelativeDifference(_ scale: TimeScale? = nil) -> Double {
        RepeatedTiming.median(entries.map { $0.noise(scale ?? headline).halvesRelativeDifference })
    }
}
