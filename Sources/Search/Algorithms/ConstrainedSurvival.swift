/// Survival under constraint domination, for any `SurvivalRule`: the rule chooses among the
/// feasible individuals (all of them survive when they do not fill the population), and the
/// remaining places go to infeasible individuals by standing, then smaller total violation,
/// ties broken at random (Deb's constraint handling as pymoo's `Survival` applies it).
public enum ConstrainedSurvival {
    /// `count` survivors of `table` (fewer when the table is smaller).
    /// - Complexity: the rule's cost on the feasible individuals plus O(N log N).
    public static func select<Rule: SurvivalRule, R: RandomNumberGenerator>(
        from table: FitnessTable, count: Int, rule: inout Rule, using generator: inout R
    ) -> Survivors {
        let feasible = table.feasibleIndices
        var survivors = feasible.isEmpty
            ? Survivors()
            : rule.survivors(of: feasible, in: table, count: min(count, feasible.count), using: &generator)
        guard survivors.indices.count < count else { return survivors }
        let tieBreak = (0..<table.count).map { _ in generator.next() }
        let infeasible = (0..<table.count).filter { table.standing[$0] != .feasible }.sorted {
            table.infeasibleRanksBefore($0, $1)
                || (!table.infeasibleRanksBefore($1, $0) && tieBreak[$0] < tieBreak[$1])
        }
        var rank = (survivors.rank.max() ?? -1) + 1
        for (position, i) in infeasible.prefix(count - survivors.indices.count).enumerated() {
            if position > 0 && table.infeasibleRanksBefore(infeasible[position - 1], i) { rank += 1 }
            survivors.append(i, rank: rank, crowding: 0)
        }
        return survivors
    }
}
