extension FitnessTable {
    /// Whether row `a` Pareto-dominates row `b`: no worse in every minimised objective and
    /// better in at least one.
    /// - Complexity: O(objectives).
    public func paretoDominates(_ a: Int, _ b: Int) -> Bool {
        let m = objectiveCount
        return objectives.withUnsafeBufferPointer { f in
            var better = false
            for k in 0..<m {
                let x = f[a * m + k], y = f[b * m + k]
                if x > y { return false }
                if x < y { better = true }
            }
            return better
        }
    }

    /// Deb's constraint domination: a feasible individual dominates an infeasible one; of two
    /// individuals with different standing the better standing dominates; of two infeasible
    /// (or two rejected) ones the smaller total violation dominates; two feasible ones compare
    /// by Pareto dominance; failed evaluations dominate nothing among themselves.
    /// - Complexity: O(objectives).
    public func constrainedDominates(_ a: Int, _ b: Int) -> Bool {
        if standing[a] != standing[b] { return standing[a] < standing[b] }
        switch standing[a] {
        case .feasible: return paretoDominates(a, b)
        case .infeasible, .rejected: return violation[a] < violation[b]
        case .failed: return false
        }
    }

    /// Whether infeasible individual `a` ranks strictly before `b`: better standing, or equal
    /// standing and a smaller violation.
    public func infeasibleRanksBefore(_ a: Int, _ b: Int) -> Bool {
        if standing[a] != standing[b] { return standing[a] < standing[b] }
        return standing[a] != .failed && violation[a] < violation[b]
    }

    /// Indices of the feasible individuals, in order.
    public var feasibleIndices: [Int] { (0..<count).filter { standing[$0] == .feasible } }
}
