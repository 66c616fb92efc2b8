/// NSGA-III's survival (Deb & Jain 2014, "An evolutionary many-objective optimization
/// algorithm using reference-point-based nondominated sorting approach, part I"): whole fronts
/// survive in rank order; from the front that does not fit, members are picked by niching
/// around reference directions in the normalised objective space, least crowded niche first.
/// The normaliser's ideal point, worst point and extreme points persist across generations,
/// as in pymoo 0.6.2's `HyperplaneNormalization`.
public struct ReferenceDirectionSurvival: SurvivalRule, Hashable {
    public var directions: ReferenceDirections
    /// Smallest value seen per objective (empty before the first survival).
    public internal(set) var idealPoint: [Double] = []
    /// Largest value seen per objective.
    public internal(set) var worstPoint: [Double] = []
    /// One extreme point per objective axis, row by row.
    public internal(set) var extremePoints: [Double] = []

    public init(directions: ReferenceDirections) {
        self.directions = directions
    }

    public var tournament: BinaryTournament.Kind { .random }

    /// - Complexity: non-dominated sorting, plus O(N · H · M) to associate N individuals with
    ///   H directions, plus O(M³) for the hyperplane.
    public mutating func survivors<R: RandomNumberGenerator>(
        of feasible: [Int], in table: FitnessTable, count: Int, using generator: inout R
    ) -> Survivors {
        precondition(table.objectiveCount == directions.dimension, "reference directions of dimension \(directions.dimension) for \(table.objectiveCount) objectives")
        let fronts = NonDominatedSorting.fronts(of: feasible, in: table)
        var taken: [[Int]] = []
        var total = 0
        for front in fronts where total < count {
            taken.append(front)
            total += front.count
        }
        let nadir = updateNormalization(table, population: feasible, firstFront: fronts[0])
        var result = Survivors()
        for (rank, front) in taken.dropLast().enumerated() {
            for i in front { result.append(i, rank: rank, crowding: 0) }
        }
        let last = taken[taken.count - 1]
        let chosen = total == count
            ? last
            : niche(last, among: taken.dropLast().flatMap { $0 }, room: count - result.indices.count,
                    table: table, nadir: nadir, using: &generator)
        for i in chosen { result.append(i, rank: taken.count - 1, crowding: 0) }
        return result
    }
}
