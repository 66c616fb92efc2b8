/// Why a calibration could not be fitted.
public enum CalibrationError: Error, Equatable, CustomStringConvertible {
    case mismatchedCounts(networks: Int, latencies: Int)
    case tooFewSamples(Int)
    case nonPositiveLatency(index: Int, value: Double)
    case notProfileBasis(String)

    public var description: String {
        switch self {
        case let .mismatchedCounts(n, l): "calibration got \(n) networks but \(l) latencies; expected one latency per network"
        case let .tooFewSamples(n): "calibration needs at least 3 measured networks, got \(n)"
        case let .nonPositiveLatency(i, v): "measured latency of sample \(i) is \(v); expected a positive number of seconds"
        case let .notProfileBasis(b): "a calibration on \(b) has no kernel-model corrections to fold into a profile"
        }
    }
}
