/// Binary tournament selection with Deb's crowded-comparison operator (Deb et al. 2002):
/// constraint domination decides first (feasible beats infeasible, then the smaller violation),
/// then the lower rank, then the larger crowding distance, then a fair coin.
public enum BinaryTournament {
    /// The winner of a tournament between population members `a` and `b`.
    /// `rank` and `crowding` are per member of `table`; an optimiser that selects without them
    /// (NSGA-III) passes equal values, so feasible pairs are decided by the coin.
    public static func winner<R: RandomNumberGenerator>(
        _ a: Int, _ b: Int, table: FitnessTable, rank: [Int], crowding: [Double], using generator: inout R
    ) -> Int {
        if table.standing[a] != .feasible || table.standing[b] != .feasible {
            if table.infeasibleRanksBefore(a, b) { return a }
            if table.infeasibleRanksBefore(b, a) { return b }
        } else {
            if rank[a] != rank[b] { return rank[a] < rank[b] ? a : b }
            if crowding[a] != crowding[b] { return crowding[a] > crowding[b] ? a : b }
        }
        return Bool.random(using: &generator) ? a : b
    }

    /// Winners of `count` tournaments. Contestants are taken pairwise from concatenated random
    /// permutations of the population (as Deb's reference code and pymoo do), so every member
    /// enters the same number of tournaments, give or take one.
    /// - Complexity: O(count + N).
    public static func select<R: RandomNumberGenerator>(
        count: Int, table: FitnessTable, rank: [Int], crowding: [Double], using generator: inout R
    ) -> [Int] {
        let n = table.count
        precondition(n > 0, "tournament selection needs a non-empty population")
        var contestants: [Int] = []
        contestants.reserveCapacity(2 * count + n)
        while contestants.count < 2 * count {
            contestants.append(contentsOf: (0..<n).shuffled(using: &generator))
        }
        return (0..<count).map { t in
            winner(contestants[2 * t], contestants[2 * t + 1], table: table, rank: rank, crowding: crowding,
                   using: &generator)
        }
    }
}
