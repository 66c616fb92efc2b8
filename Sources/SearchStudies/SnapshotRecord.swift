import Foundation

/// One row of the store's `snapshot` table: the optimiser (random generator included) as JSON
/// after a generation was told.
public struct SnapshotRecord: Sendable, Hashable {
    /// The optimiser's `generation` after the `tell` (0 for the fresh optimiser).
    public var generation: Int
    public var optimizerJSON: String
    /// Distinct genomes told to the optimiser up to and including this generation.
    public var evaluationCount: Int
    public var writtenBy: String
    public var createdAt: Date

    public init(generation: Int, optimizerJSON: String, evaluationCount: Int, writtenBy: String, createdAt: Date) {
        self.generation = generation
        self.optimizerJSON = optimizerJSON
        self.evaluationCount = evaluationCount
        self.writtenBy = writtenBy
        self.createdAt = createdAt
    }
}
