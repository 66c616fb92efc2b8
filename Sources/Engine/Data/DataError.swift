/// A data set that could not be loaded, naming the file, the place in it and what was expected there.
///
/// Paths inside an archive are written `archive.tar.gz:member/path`.
public enum DataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file or directory could not be opened or read.
    case unreadable(path: String, reason: String)
    /// Nothing at `path`; `expected` says what should be there and, where it helps, how to get it.
    case notFound(path: String, expected: String)
    /// The value of `field` (e.g. `magic number at offset 0`, `line 3, column "petal_length"`) is
    /// `found` where the format needs `expected`.
    case malformed(path: String, field: String, found: String, expected: String)
    /// The file ends inside `field`, which spans `needed` bytes from `offset`.
    case truncated(path: String, field: String, offset: Int, needed: Int, fileSize: Int)
    /// A data source string the command line could not parse.
    case invalidSpec(spec: String, expected: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .notFound(let path, let expected):
            "\(path): not found; expected \(expected)"
        case .malformed(let path, let field, let found, let expected):
            "\(path): \(field) is \(found); expected \(expected)"
        case .truncated(let path, let field, let offset, let needed, let fileSize):
            "\(path): truncated: \(field) needs \(needed) bytes from offset \(offset), "
                + "but the file has \(fileSize) bytes"
        case .invalidSpec(let spec, let expected):
            "invalid data source \"\(spec)\"; expected \(expected)"
        }
    }
}
