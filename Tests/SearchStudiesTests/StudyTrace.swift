import SearchStudies

/// Everything a run leaves in its store that must not depend on how it was run (killed and
/// resumed, split across budgets or processes): every snapshot, every evaluation with its batch
/// position and outcome, and the front.json text.
struct StudyTrace: Equatable {
    var snapshots: [String]
    var evaluations: [String]
    var frontJSON: String

    init(_ store: StudyStore) throws {
        snapshots = try store.snapshots().map { "\($0.generation) \($0.evaluationCount) \($0.optimizerJSON)" }
        evaluations = try store.evaluations().map {
            "\($0.key) \($0.generation) \($0.position) \($0.genomeJSON) \(String(describing: $0.evaluation))"
        }
        frontJSON = try StudyResults(store: store).frontJSON()
    }
}
