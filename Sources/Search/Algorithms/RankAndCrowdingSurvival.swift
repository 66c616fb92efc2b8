/// NSGA-II's elitist survival (Deb, Pratap, Agarwal & Meyarivan 2002, "A fast and elitist
/// multiobjective genetic algorithm: NSGA-II"): whole Pareto fronts of parents and offspring
/// survive in rank order; the front that does not fit keeps its members of largest crowding
/// distance.
public struct RankAndCrowdingSurvival: SurvivalRule, Hashable {
    public enum Truncation: String, Codable, Sendable, Hashable {
        /// Crowding distances computed once, the largest kept, ties at random (Deb et al.
        /// 2002; pymoo's default `"cd"`).
        case onePass
        /// The most crowded member removed one at a time, neighbours' scores recomputed in
        /// between: by crowding distance for two objectives (`CrowdingDistance.pruned`), by
        /// the product of distances to the M nearest neighbours for more (`NeighbourPruning`),
        /// both Kukkonen & Deb 2006. Tournaments then compare the crowding distances of the
        /// members kept.
        case iterative
    }

    public var truncation: Truncation

    public init(truncation: Truncation = .iterative) {
        self.truncation = truncation
    }

    public var tournament: BinaryTournament.Kind { .dominanceThenCrowding }

    /// - Complexity: O(N log N) for two objectives, else that of ENS-BS, plus crowding
    ///   distance O(M N log N) and, for iterative truncation, O(N²) on the last front.
    public mutating func survivors<R: RandomNumberGenerator>(
        of feasible: [Int], in table: FitnessTable, count: Int, using generator: inout R
    ) -> Survivors {
        var result = Survivors()
        for (rank, front) in NonDominatedSorting.fronts(of: feasible, in: table).enumerated() {
            let room = count - result.indices.count
            if room <= 0 { break }
            var crowding = CrowdingDistance.of(front, in: table)
            var chosen = Array(front.indices)
            if front.count > room {
                let tieBreak = front.map { _ in generator.next() }
                switch truncation {
                case .onePass:
                    chosen.sort { crowding[$0] > crowding[$1] || (crowding[$0] == crowding[$1] && tieBreak[$0] < tieBreak[$1]) }
                    chosen.removeLast(front.count - room)
                case .iterative where table.objectiveCount <= 2:
                    let (kept, pruned) = CrowdingDistance.pruned(front, in: table, keeping: room, tieBreak: tieBreak)
                    chosen = kept
                    for (position, value) in zip(kept, pruned) { crowding[position] = value }
                case .iterative:
                    chosen = NeighbourPruning.pruned(front, in: table, keeping: room, tieBreak: tieBreak).positions
                    let kept = CrowdingDistance.of(chosen.map { front[$0] }, in: table)
                    for (position, value) in zip(chosen, kept) { crowding[position] = value }
                }
            }
            for position in chosen {
                result.append(front[position], rank: rank, crowding: crowding[position])
            }
        }
        return result
    }
}
