import Foundation

/// A fitted correction of the roofline for one kernel class, written by a profiler.
///
/// Form `logLinear`: with the layer's roofline terms `computeSeconds = FLOPs / peak FLOP/s`,
/// `memorySeconds = bytes moved / bandwidth` and `rooflineSeconds = max(both)`,
///
///     ln(kernelSeconds) = intercept + logRooflineSeconds · ln(rooflineSeconds)
///                         + logComputeSeconds · ln(computeSeconds) + logMemorySeconds · ln(memorySeconds)
///
/// (absent coefficients are 0; intercept 0 and `logRooflineSeconds` 1 is the pure roofline).
/// A linear model in log space, as nn-Meter's kernel predictors are fitted per kernel type
/// (Zhang et al., MobiSys 2021), but over physical features rather than raw layer shapes.
/// Form `table` adds measured kernels (`points`): the logLinear prediction is multiplied by
/// exp of the log residuals (ln measured − ln logLinear) of the `neighbourCount` points nearest to
/// the layer in `KernelFeatures` space, interpolated by `NeighbourInterpolation`; a layer with
/// the shape of a measured kernel is predicted as that measurement. This is the lookup table
/// with interpolation of nn-Meter's kernel predictors, on top of a physical baseline that
/// extrapolates.
///
/// The numbers of a fit share one `source`, which must be a measurement (date and command).
public struct KernelModel: Hashable, Sendable, Codable {
    public enum Form: String, ProfileChoice, ProfileValueForm {
        case logLinear
        case table

        public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
    }

    public var form: Form
    public var intercept: Double
    public var logRooflineSeconds: Double?
    public var logComputeSeconds: Double?
    public var logMemorySeconds: Double?
    /// Threads the samples ran with; the model applies only at this thread count.
    public var threads: Int
    /// Measured kernels the fit used.
    public var sampleCount: Int
    /// Mean of |predicted − measured| / measured over the samples (a fraction); for `table`,
    /// each sample predicted from the other points (leave-one-out).
    public var meanAbsoluteRelativeError: Double
    /// A `measurement` entry of `sources`.
    public var source: String
    /// `table` only: how many nearest points interpolate a prediction; 0: only a point of the
    /// same shape corrects the baseline.
    public var neighbourCount: Int?
    /// `table` only: the measured kernels.
    public var points: [KernelPoint]?

    public init(form: Form = .logLinear, intercept: Double, logRooflineSeconds: Double? = nil,
                logComputeSeconds: Double? = nil, logMemorySeconds: Double? = nil, threads: Int,
                sampleCount: Int, meanAbsoluteRelativeError: Double, source: String,
                neighbourCount: Int? = nil, points: [KernelPoint]? = nil) {
        self.form = form
        self.intercept = intercept
        self.logRooflineSeconds = logRooflineSeconds
        self.logComputeSeconds = logComputeSeconds
        self.logMemorySeconds = logMemorySeconds
        self.threads = threads
        self.sampleCount = sampleCount
        self.meanAbsoluteRelativeError = meanAbsoluteRelativeError
        self.source = source
        self.neighbourCount = neighbourCount
        self.points = points
    }

    /// The predicted kernel time, or nil when a feature the fit uses is undefined (a term of 0 s).
    /// Without `features` a `table` model predicts its logLinear baseline.
    public func predictSeconds(computeSeconds: Double, memorySeconds: Double, features: KernelFeatures? = nil) -> Double? {
        guard let base = baselineSeconds(computeSeconds: computeSeconds, memorySeconds: memorySeconds) else { return nil }
        guard form == .table, let points, !points.isEmpty, let features else { return base }
        let residual = NeighbourInterpolation(points: points).logResidual(at: features.values, neighbours: neighbourCount ?? 0)
        return base * exp(residual)
    }

    /// The logLinear part of the prediction.
    public func baselineSeconds(computeSeconds: Double, memorySeconds: Double) -> Double? {
        let roofline = max(computeSeconds, memorySeconds)
        var exponent = intercept
        for (coefficient, seconds) in [(logRooflineSeconds, roofline), (logComputeSeconds, computeSeconds),
                                       (logMemorySeconds, memorySeconds)] {
            guard let coefficient, coefficient != 0 else { continue }
            guard seconds > 0 else { return nil }
            exponent += coefficient * log(seconds)
        }
        return exp(exponent)
    }
}
