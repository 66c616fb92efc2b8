extension KernelCampaign {
    /// The index of the candidate whose executed kernels add the largest share of configurations
    /// not yet timed in place (`isTimed`) (distinct new configurations / distinct configurations of the candidate),
    /// the first on ties; 0 for a single candidate.
    ///
    /// Drawing a few networks and keeping the most novel one steers the prior sampling toward the
    /// kernel shapes the spaces use but the profile has not timed yet, so that a small space's
    /// finite set of shapes ends up timed in place (an exact look-up in the `table` model) and a
    /// large space's draws stay as random as before (every candidate is then entirely new, and
    /// the first wins). A share rather than a count keeps the choice from favouring deep
    /// networks, which cost more time to measure.
    ///
    /// - Complexity: O(total layers of the candidates).
    static func mostNovel(_ candidates: [[KernelConfiguration]], isTimed: (KernelConfiguration) -> Bool) -> Int {
        var best = (index: 0, share: -1.0)
        for (index, configurations) in candidates.enumerated() {
            let distinct = Set(configurations)
            guard !distinct.isEmpty else { continue }
            let share = Double(distinct.count { !isTimed($0) }) / Double(distinct.count)
            if share > best.share { best = (index, share) }
        }
        return best.index
    }
}
