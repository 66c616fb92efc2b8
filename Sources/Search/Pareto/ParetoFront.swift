/// The feasible non-dominated set: what a search reports as its result.
public enum ParetoFront {
    /// The feasible individuals no other feasible individual dominates, one per key, in the
    /// order they appear in `individuals`.
    /// - Complexity: that of `NonDominatedSorting.fronts` on the feasible individuals.
    public static func of<Genome>(_ individuals: [Individual<Genome>], objectives: [Objective]) -> [Individual<Genome>] {
        let table = FitnessTable(individuals, objectives: objectives)
        guard let first = NonDominatedSorting.fronts(of: table.feasibleIndices, in: table).first?.sorted()
        else { return [] }
        var keys = Set<String>()
        return first.compactMap { keys.insert(individuals[$0].key).inserted ? individuals[$0] : nil }
    }

    /// The points of `points` (minimised, each of the same dimension) that no other point
    /// dominates, duplicates kept once, in their original order.
    public static func nondominated(_ points: [[Double]]) -> [[Double]] {
        guard let dimension = points.first?.count else { return [] }
        let first = NonDominatedSorting.fronts(points.flatMap { $0 }, dimension: dimension)[0].sorted()
        var seen = Set<[Double]>()
        return first.compactMap { seen.insert(points[$0]).inserted ? points[$0] : nil }
    }
}
