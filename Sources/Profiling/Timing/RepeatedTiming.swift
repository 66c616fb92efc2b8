/// Repeated timing with warm-up, summarised by a `TimingStatistic`.
public struct RepeatedTiming: Sendable, Hashable {
    public var clock: TimingClock
    public var statistic: TimingStatistic
    /// Unmeasured runs before the measured ones (caches, page faults, lazy allocations).
    public var warmupRuns: Int
    /// Fewest and most measured runs.
    public var repeats: ClosedRange<Int>
    /// Measured runs stop once they add up to this many seconds (and `repeats.lowerBound` ran).
    public var targetSeconds: Double

    public init(clock: TimingClock = .wall, statistic: TimingStatistic = .median, warmupRuns: Int = 2,
                repeats: ClosedRange<Int> = 5...25, targetSeconds: Double = 0.02) {
        self.clock = clock
        self.statistic = statistic
        self.warmupRuns = warmupRuns
        self.repeats = repeats
        self.targetSeconds = targetSeconds
    }

    /// Seconds of `body`, summarised by `statistic`.
    public func seconds(_ body: () -> Void) -> Double {
        for _ in 0..<warmupRuns { body() }
        var samples: [Double] = []
        var total = 0.0
        while samples.count < repeats.upperBound && (samples.count < repeats.lowerBound || total < targetSeconds) {
            let seconds = clock.seconds(body)
            samples.append(seconds)
            total += seconds
        }
        return statistic.summarise(samples)
    }

    /// The median (mean of the middle two for an even count).
    ///
    /// - Complexity: O(n log n).
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
