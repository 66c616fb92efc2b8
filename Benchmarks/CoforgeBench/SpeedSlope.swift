import Foundation
import Profiling

/// Least-squares slope of log time on log probe, pooled over series that are each centred on
/// their own medians, with the relative spreads of the times before and after normalisation.
struct SpeedSlope {
    var count = 0
    var slope = Double.nan
    var correlation = Double.nan
    var rawRelativeIQR = Double.nan
    var normalisedRelativeIQR = Double.nan

    /// - Complexity: O(n log n) for n measurements.
    init(series: [[ProbedSeconds]]) {
        var x: [Double] = [], y: [Double] = [], raw: [Double] = [], normalised: [Double] = []
        for measurements in series {
            let t0 = RepeatedTiming.median(measurements.map(\.seconds)), p0 = RepeatedTiming.median(measurements.map(\.probeSeconds))
            for m in measurements where m.seconds > 0 {
                x.append(log(m.probeSeconds / p0))
                y.append(log(m.seconds / t0))
                raw.append(m.seconds / t0)
                normalised.append(m.normalised(quietProbeSeconds: p0) / t0)
            }
        }
        count = x.count
        guard count > 2 else { return }
        let mx = x.reduce(0, +) / Double(count), my = y.reduce(0, +) / Double(count)
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        slope = sxy / sxx
        correlation = sxy / (sxx * syy).squareRoot()
        rawRelativeIQR = MeasurementNoise(raw).relativeInterquartileRange
        normalisedRelativeIQR = MeasurementNoise(normalised).relativeInterquartileRange
    }
}
