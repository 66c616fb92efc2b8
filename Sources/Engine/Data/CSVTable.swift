/// The records of a CSV file (RFC 4180): comma-separated fields, optionally in double quotes with
/// `""` for a quote; LF or CRLF line ends; blank lines skipped. Unquoted fields are trimmed of
/// spaces and tabs. The first record is the header.
public struct CSVTable: Sendable {
    public var path: String
    public var header: [String]
    /// The data records with the 1-based line each starts on.
    public var rows: [(line: Int, fields: [String])]

    public init(path: String, bytes: [UInt8]) throws(DataError) {
        self.path = path
        var records: [(line: Int, fields: [String])] = []
        var scanner = CSVScanner(bytes: bytes)
        while let record = try scanner.record(path: path) {
            records.append(record)
        }
        guard let first = records.first else {
            throw DataError.malformed(path: path, field: "line 1", found: "an empty file",
                                      expected: "a header row naming the columns")
        }
        header = first.fields
        rows = Array(records.dropFirst())
        for row in rows where row.fields.count != header.count {
            throw DataError.malformed(
                path: path, field: "line \(row.line)", found: "\(row.fields.count) fields",
                expected: "\(header.count) fields, as in the header")
        }
    }
}

extension CSVTable {
    /// Reads and parses the file at `path`; errors name the file and line.
    public init(contentsOf path: String) throws(DataError) {
        try self.init(path: path, bytes: try DataFile.read(path))
    }

    /// The index of column `name`; throws naming the file, the column and the columns it has.
    public func column(_ name: String) throws(DataError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw DataError.malformed(path: path, field: "header", found: "no column \"\(name)\"",
                                      expected: "a column named \"\(name)\" (columns: \(header.joined(separator: ", ")))")
        }
        return index
    }
}
