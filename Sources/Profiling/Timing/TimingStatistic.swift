/// How repeated timings of the same work are summarised.
///
/// On a machine shared with other jobs the delays are one-sided (preemption, a busy sibling
/// hardware thread, a polluted shared cache), in episodes of about a second: `minimum` estimates
/// the uncontended time and is the same whichever episode the profile and a later measurement
/// fell in; `median` is the typical time under the load of the moment.
public enum TimingStatistic: String, Sendable, Hashable, CaseIterable, Codable {
    case median
    case minimum

    /// - Complexity: O(n log n).
    public func summarise(_ values: [Double]) -> Double {
        switch self {
        case .median: RepeatedTiming.median(values)
        case .minimum: values.min() ?? .nan
        }
    }
}
