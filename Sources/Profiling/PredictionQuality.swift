/// How well predictions match measurements: the figures nn-Meter and HELP report.
public struct PredictionQuality: Codable, Hashable, Sendable {
    public var spearman: Double
    public var kendall: Double
    /// Mean absolute percentage error, as a fraction.
    public var mape: Double
    /// Share of predictions within ±10 % of the measurement, as a fraction.
    public var within10: Double
    public var count: Int

    public init(spearman: Double, kendall: Double, mape: Double, within10: Double, count: Int) {
        self.spearman = spearman
        self.kendall = kendall
        self.mape = mape
        self.within10 = within10
        self.count = count
    }

    /// Rank correlations over all pairs; relative errors over the pairs `relative` marks (all by
    /// default) with a positive measurement. Networks whose output does not depend on their
    /// input measure near zero on runtimes that fold them, and would dominate a relative error
    /// without saying anything about the model.
    ///
    /// - Complexity: O(n²) (Kendall's τ).
    public init(predicted: [Double], measured: [Double], relative: [Bool]? = nil) {
        precondition(predicted.count == measured.count && predicted.count > 1, "quality needs paired samples")
        var errors: [Double] = []
        for i in measured.indices where measured[i] > 0 && relative?[i] ?? true {
            errors.append(abs(predicted[i] - measured[i]) / measured[i])
        }
        self.init(
            spearman: RankCorrelation.spearman(predicted, measured),
            kendall: RankCorrelation.kendall(predicted, measured),
            mape: errors.isEmpty ? .nan : errors.reduce(0, +) / Double(errors.count),
            within10: errors.isEmpty ? .nan : Double(errors.count { $0 <= 0.1 }) / Double(errors.count),
            count: predicted.count)
    }
}
