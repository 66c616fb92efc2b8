/// Why a profile could not be loaded or written: every issue found, each with its key path.
public struct ProfileLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or the name given for text that has none).
    public var file: String
    public var issues: [ProfileIssue]

    public init(file: String, issues: [ProfileIssue]) {
        self.file = file
        self.issues = issues
    }

    /// One line per issue: `file: key.path: message`.
    public var description: String {
        issues.map { "\(file): \($0)" }.joined(separator: "\n")
    }
}
