import Search

/// A study's results as read from its store: every evaluation and the feasible non-dominated
/// set among them, from which `front.json`, `evaluations.csv` and `front.svg` are written.
public struct StudyResults: Sendable {
    public var study: StoredStudy
    /// Every row, in ask order (generation, then position); pending rows included.
    public var evaluations: [EvaluationRecord]
    /// The feasible evaluations no other feasible evaluation dominates, sorted by their
    /// minimised objectives (then key).
    public var front: [EvaluationRecord]

    public init(study: StoredStudy, evaluations: [EvaluationRecord]) {
        self.study = study
        self.evaluations = evaluations
        let objectives = study.description.objectives
        let feasible = evaluations.filter { $0.evaluation?.isFeasible == true }
        let minimized = feasible.map { Self.minimized($0, objectives) }
        let dimension = objectives.count
        self.front = (NonDominatedSorting.fronts(minimized.flatMap { $0 }, dimension: dimension).first ?? [])
            .sorted { a, b in
                minimized[a] != minimized[b]
                    ? minimized[a].lexicographicallyPrecedes(minimized[b]) : feasible[a].key < feasible[b].key
            }
            .map { feasible[$0] }
    }

    /// Reads the study and its evaluations from `store`.
    public init(store: StudyStore) throws {
        guard let study = try store.study() else { throw StudyError.noStudy(path: store.path) }
        self.init(study: study, evaluations: try store.evaluations())
    }

    public var completed: [EvaluationRecord] { evaluations.filter(\.isCompleted) }

    static func minimized(_ record: EvaluationRecord, _ objectives: [Objective]) -> [Double] {
        zip(objectives, record.evaluation?.objectives ?? []).map { $0.minimized($1) }
    }
}
