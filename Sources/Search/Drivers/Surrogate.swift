/// A cheap model of a problem's expensive objectives, fitted on evaluated individuals and used
/// to steer the search between expensive evaluations (the predictor-in-the-loop of LINAS,
/// Cummings et al. 2022, and FBNetV3, Dai et al. 2021). Implementations come from the
/// predictors (accuracy predictors, cost models); the searcher only fits and queries them.
public protocol Surrogate: Sendable {
    associatedtype Genome: Hashable & Codable & Sendable

    /// Refits the model on `evaluated` (every one evaluated `.ok`; objectives in the problem's
    /// own directions).
    mutating func fit(_ evaluated: [Individual<Genome>]) throws

    /// Predicted objectives of `genome` (in the problem's directions) with their uncertainty.
    func predict(_ genome: Genome) throws -> SurrogatePrediction
}
