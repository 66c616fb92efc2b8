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

/// Survivors of a generation, with the scores that decide tournaments between them.
public struct Survivors: Codable, Sendable, Hashable {
    /// Indices into the table survival chose from.
    public var indices: [Int]
    /// Front index of each survivor.
    public var rank: [Int]
    /// Crowding of each survivor (larger wins a tournament between non-dominated rivals); infinite
    /// values are stored as `Double.greatestFiniteMagnitude` so the scores encode as JSON.
    public var crowding: [Double]

    public init(indices: [Int] = [], rank: [Int] = [], crowding: [Double] = []) {
        self.indices = indices
        self.rank = rank
        self.crowding = crowding
    }

    mutating func append(_ index: Int, rank r: Int, crowding c: Double) {
        indices.append(index)
        rank.append(r)
        crowding.append(min(c, .greatestFiniteMagnitude))
    }
}
