import NetworkIR

/// A latency model fitted to measured networks of one device (`LatencyCalibration`):
///
///   latency = intercept + Σₖ secondsPerWorkₖ · workₖ + secondsPerLayer · executed layers,
///
/// where workₖ is the multiply-accumulates (or elements moved) of operator kind k among the layers
/// the device's runtime executes (`GraphOptimization`). Kinds the calibration never saw cost 0,
/// which `unseenKinds(in:)` reports. With a profile basis, workₖ is the profile's predicted
/// kernel seconds of class k and secondsPerWorkₖ a dimensionless correction factor.
public struct CalibratedLatencyModel: Codable, Hashable, Sendable {
    /// `RegressorBasis.name`: what the coefficients multiply.
    public var basis: String
    public var optimization: GraphOptimization
    public var kinds: [OperatorKind]
    public var interceptSeconds: Double
    public var secondsPerWork: [Double]
    public var secondsPerLayer: Double
    /// How it was fitted: ridge strength, loss, sample count and leave-one-out error.
    public var fit: LatencyFit

    public init(basis: String = "work", optimization: GraphOptimization, kinds: [OperatorKind], coefficients: [Double],
                fit: LatencyFit) {
        self.basis = basis
        precondition(coefficients.count == kinds.count + 2, "one coefficient per kind, plus intercept and per-layer")
        self.optimization = optimization
        self.kinds = kinds
        interceptSeconds = coefficients[0]
        secondsPerWork = Array(coefficients[1...kinds.count])
        secondsPerLayer = coefficients[kinds.count + 1]
        self.fit = fit
    }

    public func latencySeconds(of work: WorkProfile) -> Double {
        zip(Self.regressors(of: work, kinds: kinds), [interceptSeconds] + secondsPerWork + [secondsPerLayer])
            .reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Kinds in `work` that the calibration never saw, so they are priced at zero.
    public func unseenKinds(in work: WorkProfile) -> [OperatorKind] {
        work.workByKind.keys.filter { !kinds.contains($0) }.sorted()
    }

    /// The row of the regression: 1, the work of each kind, the executed layer count.
    static func regressors(of work: WorkProfile, kinds: [OperatorKind]) -> [Double] {
        [1] + kinds.map { work.workByKind[$0] ?? 0 } + [Double(work.executedLayerCount)]
    }
}

/// How a `CalibratedLatencyModel` was chosen and how well it held out.
public struct LatencyFit: Codable, Hashable, Sendable {
    public var ridge: Double
    public var loss: RelativeRegression.Loss
    public var sampleCount: Int
    /// Mean |log(predicted / measured)| over leave-one-out refits of the calibration samples.
    public var leaveOneOutMeanAbsoluteLogError: Double

    public init(ridge: Double, loss: RelativeRegression.Loss, sampleCount: Int, leaveOneOutMeanAbsoluteLogError: Double) {
        self.ridge = ridge
        self.loss = loss
        self.sampleCount = sampleCount
        self.leaveOneOutMeanAbsoluteLogError = leaveOneOutMeanAbsoluteLogError
    }
}
