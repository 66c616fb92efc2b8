/// A surrogate's answer for one genome.
public struct SurrogatePrediction: Sendable, Hashable {
    /// Predicted value of each objective, in the problem's directions.
    public var objectives: [Double]
    /// Standard deviation (or another non-negative spread) of each prediction.
    public var uncertainty: [Double]

    public init(objectives: [Double], uncertainty: [Double]) {
        precondition(objectives.count == uncertainty.count, "one uncertainty per objective")
        self.objectives = objectives
        self.uncertainty = uncertainty
    }
}
