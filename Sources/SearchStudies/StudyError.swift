/// Why a study could not be opened, run or written out. Every case names the file it is about
/// and says what was expected.
public enum StudyError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened as a study store (not SQLite, unreadable, a newer schema).
    case cannotOpen(path: String, reason: String)
    /// `--resume` on a store that holds no study.
    case noStudy(path: String)
    /// A new study was asked for, but the store already holds one.
    case studyExists(path: String, problem: String)
    /// The stored study differs from the one being run in `field`.
    case studyMismatch(path: String, field: String, stored: String, given: String)
    /// A stored value is not of the expected form.
    case corruptRecord(path: String, table: String, row: String, column: String, expected: String)
    /// An evaluation did not have the study's shape (number of objectives or constraints).
    case evaluationShape(path: String, key: String, field: String, expected: Int, got: Int)
    /// Two processes computed different optimiser states from the same evaluations.
    case snapshotDiverged(path: String, generation: Int)
    /// An output file could not be written.
    case outputFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "\(path): cannot open as a study store: \(reason)"
        case let .noStudy(path):
            "\(path): holds no study to resume; start one without --resume"
        case let .studyExists(path, problem):
            "\(path): already holds a study of \(problem); pass --resume to continue it or choose another file"
        case let .studyMismatch(path, field, stored, given):
            "\(path): the study's \(field) is \(stored), not \(given); resume with the same settings or use another file"
        case let .corruptRecord(path, table, row, column, expected):
            "\(path): table \(table), row \(row), column \(column): expected \(expected)"
        case let .evaluationShape(path, key, field, expected, got):
            "\(path): the evaluation of \(key) has \(got) \(field), expected \(expected)"
        case let .snapshotDiverged(path, generation):
            "\(path): the optimiser state after generation \(generation) differs from the one another process stored; the optimiser or the evaluator is not deterministic"
        case let .outputFailed(path, reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
