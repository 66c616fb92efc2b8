/// Binary tournament selection. Constraint domination decides first in every form (feasible
/// beats infeasible, then the smaller violation); two feasible contestants are then compared
/// as the `Kind` says, and a fair coin settles ties.
public enum BinaryTournament {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// Pareto dominance, then the larger crowding distance: the tournament of Deb's NSGA-II
        /// reference code and of pymoo's `NSGA2` (`comp_by_dom_and_crowding`).
        case dominanceThenCrowding
        /// No objective comparison: NSGA-III's `comp_by_cv_then_random`.
        case random
    }

    /// The winner of a tournament between members `a` and `b` of `table`, with `crowding` per
    /// member.
    public static func winner<R: RandomNumberGenerator>(
        _ a: Int, _ b: Int, kind: Kind, table: FitnessTable, crowding: [Double], using generator: inout R
    ) -> Int {
        if table.standing[a] != .feasible || table.standing[b] != .feasible {
            if table.infeasibleRanksBefore(a, b) { return a }
            if table.infeasibleRanksBefore(b, a) { return b }
        } else if kind == .dominanceThenCrowding {
            if table.paretoDominates(a, b) { return a }
            if table.paretoDominates(b, a) { return b }
            if crowding[a] != crowding[b] { return crowding[a] > crowding[b] ? a : b }
        }
        return Bool.random(using: &generator) ? a : b
    }

    /// Winners of `count` tournaments. Contestants are taken pairwise from concatenated random
    /// permutations of the population (as Deb's reference code and pymoo do), so every member
    /// enters the same number of tournaments, give or take one.
    /// - Complexity: O(count · M + N).
    public static func select<R: RandomNumberGenerator>(
        count: Int, kind: Kind, table: FitnessTable, crowding: [Double], using generator: inout R
    ) -> [Int] {
        let n = table.count
        precondition(n > 0, "tournament selection needs a non-empty population")
        var contestants: [Int] = []
        contestants.reserveCapacity(2 * count + n)
        while contestants.count < 2 * count {
            contestants.append(contentsOf: (0..<n).shuffled(using: &generator))
        }
        return (0..<count).map { t in
            winner(contestants[2 * t], contestants[2 * t + 1], kind: kind, table: table, crowding: crowding,
                   using: &generator)
        }
    }
}
