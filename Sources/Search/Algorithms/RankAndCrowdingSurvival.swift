/// NSGA-II's elitist survival (Deb, Pratap, Agarwal & Meyarivan 2002, "A fast and elitist
/// multiobjective genetic algorithm: NSGA-II"): whole Pareto fronts of parents and offspring
/// survive in rank order; the front that does not fit keeps its members of largest crowding
/// distance, ties broken at random.
public struct RankAndCrowdingSurvival: SurvivalRule, Hashable {
    public init() {}

    /// - Complexity: O(N log N) for two objectives, else that of ENS-BS, plus crowding
    ///   distance O(M N log N).
    public mutating func survivors<R: RandomNumberGenerator>(
        of feasible: [Int], in table: FitnessTable, count: Int, using generator: inout R
    ) -> Survivors {
        var result = Survivors()
        for (rank, front) in NonDominatedSorting.fronts(of: feasible, in: table).enumerated() {
            let room = count - result.indices.count
            if room <= 0 { break }
            let crowding = CrowdingDistance.of(front, in: table)
            var chosen = Array(front.indices)
            if front.count > room {
                let tieBreak = front.map { _ in generator.next() }
                chosen.sort { crowding[$0] > crowding[$1] || (crowding[$0] == crowding[$1] && tieBreak[$0] < tieBreak[$1]) }
                chosen.removeLast(front.count - room)
            }
            for position in chosen {
                result.append(front[position], rank: rank, crowding: crowding[position])
            }
        }
        return result
    }
}
