import Search

/// Where a run of a study stopped.
public struct StudyOutcome<O: Optimizer> {
    /// The optimiser as stored in the last snapshot.
    public var optimizer: O
    /// Distinct genomes told to the optimiser over the whole study.
    public var evaluations: Int
    /// Genomes this process evaluated, and those it took from the store.
    public var evaluatedHere: Int
    public var reused: Int
}
