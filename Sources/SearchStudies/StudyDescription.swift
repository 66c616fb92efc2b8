import Search

/// What identifies a study: the problem (its name, objectives, constraint counts and a JSON
/// description of its parameters), the algorithm with its settings, and the seed. A resumed or
/// joining run must describe the same study, field for field.
public struct StudyDescription: Sendable, Hashable {
    public var problem: String
    public var objectives: [Objective]
    public var cheapConstraintCount: Int
    public var constraintCount: Int
    public var algorithm: String
    /// The algorithm's settings as JSON (sorted keys).
    public var settingsJSON: String
    public var seed: UInt64
    /// The problem's parameters as JSON (sorted keys), e.g. its dimension or budget.
    public var problemJSON: String

    public init(
        problem: String, objectives: [Objective], cheapConstraintCount: Int, constraintCount: Int,
        algorithm: String, settingsJSON: String, seed: UInt64, problemJSON: String
    ) {
        self.problem = problem
        self.objectives = objectives
        self.cheapConstraintCount = cheapConstraintCount
        self.constraintCount = constraintCount
        self.algorithm = algorithm
        self.settingsJSON = settingsJSON
        self.seed = seed
        self.problemJSON = problemJSON
    }

    /// The description of a run of `algorithm` with `settings` on `problem`, whose parameters
    /// `problemDescription` gives.
    public init<P: Problem>(
        problem: P, problemDescription: some Encodable, algorithm: String,
        settings: some Encodable, seed: UInt64
    ) throws {
        self.init(
            problem: problem.name, objectives: problem.objectives,
            cheapConstraintCount: problem.cheapConstraintCount,
            constraintCount: problem.constraintCount, algorithm: algorithm,
            settingsJSON: try StoredJSON.text(settings), seed: seed,
            problemJSON: try StoredJSON.text(problemDescription))
    }

    /// Constraint values an evaluation carries: the cheap ones, then the rest.
    public var totalConstraintCount: Int { cheapConstraintCount + constraintCount }

    /// The first field in which `other` differs, as (name, self's value, other's value).
    func firstDifference(from other: StudyDescription) -> (field: String, mine: String, theirs: String)? {
        let fields: [(String, String, String)] = [
            ("problem", problem, other.problem),
            ("objectives", Self.text(objectives), Self.text(other.objectives)),
            ("cheap constraint count", String(cheapConstraintCount), String(other.cheapConstraintCount)),
            ("constraint count", String(constraintCount), String(other.constraintCount)),
            ("algorithm", algorithm, other.algorithm),
            ("algorithm settings", settingsJSON, other.settingsJSON),
            ("seed", String(seed), String(other.seed)),
            ("problem description", problemJSON, other.problemJSON),
        ]
        return fields.first { $0.1 != $0.2 }.map { (field: $0.0, mine: $0.1, theirs: $0.2) }
    }

    private static func text(_ objectives: [Objective]) -> String {
        objectives.map { "\($0.name) (\($0.direction.rawValue))" }.joined(separator: ", ")
    }
}
