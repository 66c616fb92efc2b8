import Foundation

/// `nb201_accuracy.csv`, the third-party NAS-Bench-201 table (see `shared/reference/README.md`).
///
/// Found in `COFORGE_REFERENCE_DIR` if set, else in `<package root>/../shared/reference`. The
/// file is plain comma-separated values with CRLF line ends and no quoting; a quote or a row of
/// the wrong width is reported rather than misread.
struct NB201ReferenceTable: Sendable {
    static let fileName = "nb201_accuracy.csv"

    static let url: URL = {
        if let dir = ProcessInfo.processInfo.environment["COFORGE_REFERENCE_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir).appendingPathComponent(fileName)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent("../shared/reference/\(fileName)").standardizedFileURL
    }()

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

    static let missingComment = "skipped: NB201 reference table not found at \(url.path) (set COFORGE_REFERENCE_DIR)"

    /// Loaded once for all tests.
    static let shared = Result { try NB201ReferenceTable(contentsOf: url) }

    let header: [String]
    let rows: [[String]]

    init(contentsOf url: URL) throws {
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        var lines = try Data(contentsOf: url).split(separator: newline).map { line in
            line.last == carriageReturn ? line.dropLast() : line
        }
        guard !lines.isEmpty else { throw Malformed(line: 1, reason: "empty file") }
        func fields(_ line: Data) -> [String] {
            line.split(separator: comma, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        let header = fields(lines.removeFirst())
        self.header = header
        rows = try lines.enumerated().map { n, line in
            guard !line.contains(quote) else { throw Malformed(line: n + 2, reason: "quoted fields are not supported") }
            let row = fields(line)
            guard row.count == header.count else {
                throw Malformed(line: n + 2, reason: "\(row.count) fields, header has \(header.count)")
            }
            return row
        }
    }

    /// The index of the column `name`; throws if the header lacks it.
    func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else { throw Malformed(line: 1, reason: "no column \(name)") }
        return i
    }

    struct Malformed: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "\(NB201ReferenceTable.fileName) line \(line): \(reason)" }
    }
}
