/// What trying to claim a genome for evaluation gave.
public enum ClaimOutcome: Sendable, Hashable {
    /// The genome is already evaluated; use the stored result.
    case completed(EvaluationRecord)
    /// This worker now holds the claim (a new one, or one taken over from a stale or vanished
    /// holder) and should evaluate the genome.
    case claimed
    /// Another live worker holds a fresh claim; come back later.
    case heldByOther(String)
}
