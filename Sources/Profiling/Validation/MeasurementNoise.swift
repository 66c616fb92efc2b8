/// How repeatable one network's timing is: the relative spread of its repeats and the
/// disagreement of the medians of its odd and even rounds (two independent measurements of the
/// same network taken interleaved).
public struct MeasurementNoise: Codable, Hashable, Sendable {
    /// (75th − 25th percentile) / median of the repeats.
    public var relativeInterquartileRange: Double
    /// |median(odd rounds) − median(even rounds)| / median(all rounds).
    public var halvesRelativeDifference: Double
    /// Median of the even rounds (the first, third, …) and of the odd rounds.
    public var evenHalfSeconds: Double
    public var oddHalfSeconds: Double

    public init(relativeInterquartileRange: Double, halvesRelativeDifference: Double, evenHalfSeconds: Double, oddHalfSeconds: Double) {
        self.relativeInterquartileRange = relativeInterquartileRange
        self.halvesRelativeDifference = halvesRelativeDifference
        self.evenHalfSeconds = evenHalfSeconds
        self.oddHalfSeconds = oddHalfSeconds
    }

    /// - Complexity: O(n log n).
    public init(_ seconds: [Double]) {
        let sorted = seconds.sorted()
        let median = RepeatedTiming.median(sorted)
        let quantile = { (q: Double) in sorted[min(sorted.count - 1, Int((q * Double(sorted.count - 1)).rounded()))] }
        let even = seconds.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let odd = seconds.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        relativeInterquartileRange = sorted.isEmpty ? 0 : (quantile(0.75) - quantile(0.25)) / median
        evenHalfSeconds = RepeatedTiming.median(even)
        oddHalfSeconds = odd.isEmpty ? evenHalfSeconds : RepeatedTiming.median(odd)
        halvesRelativeDifference = odd.isEmpty ? 0 : abs(oddHalfSeconds - evenHalfSeconds) / median
    }
}
