/// The part of an elitist evolutionary algorithm that differs between NSGA-II and NSGA-III:
/// which feasible individuals survive, and the scores binary tournaments then compare.
/// Infeasible individuals are handled the same way for every rule (`ConstrainedSurvival`).
/// A rule may keep state across generations (NSGA-III's ideal point and extreme points); it is
/// `Codable` so an optimiser snapshot includes it.
public protocol SurvivalRule: Codable, Sendable {
    /// How parents are then chosen among the survivors.
    var tournament: BinaryTournament.Kind { get }

    /// Chooses `count` of the feasible individuals `feasible` (indices into `table`;
    /// `count ≤ feasible.count`).
    mutating func survivors<R: RandomNumberGenerator>(
        of feasible: [Int], in table: FitnessTable, count: Int, using generator: inout R
    ) -> Survivors
}
