/// The records of a CSV file (RFC 4180): comma-separated fields, optionally in double quotes with
/// `""` for a quote; LF or CRLF line ends; blank lines skipped. Unquoted fields are trimmed of
/// spaces and tabs. The first record is the header.
struct CSVTable {
    var path: String
    var header: [String]
    /// The data records with the 1-based line each starts on.
    var rows: [(line: Int, fields: [String])]

    init(path: String, bytes: [UInt8]) throws(DataError) {
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
