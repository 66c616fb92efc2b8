/// Splits CSV bytes into records; see `CSVTable` for the dialect.
struct CSVScanner {
    let bytes: [UInt8]
    var position = 0
    var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func record(path: String) throws(DataError) -> (line: Int, fields: [String])? {
        while position < bytes.count, bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        while true {
            fields.append(try field(path: path, recordLine: start))
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else { break }
            guard bytes[position] == UInt8(ascii: ",") || bytes[position] == UInt8(ascii: "\r") else {
                throw DataError.malformed(
                    path: path, field: "line \(line), field \(fields.count)", found: "text after a closing quote",
                    expected: "a comma or the end of the line")
            }
            if bytes[position] == UInt8(ascii: "\r") { break }
            position += 1
        }
        return (start, fields)
    }

    /// One field, leaving `position` on the comma, line end or end of input after it.
    private mutating func field(path: String, recordLine: Int) throws(DataError) -> String {
        skip(" \t")
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            let start = position
            while position < bytes.count, !",\r\n".utf8.contains(bytes[position]) { position += 1 }
            var end = position
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        position += 1
        var value: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw DataError.malformed(path: path, field: "line \(recordLine)", found: "a quoted field never closed",
                                          expected: "a closing double quote")
            }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte != UInt8(ascii: "\"") {
                value.append(byte)
            } else if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                value.append(byte)
                position += 1
            } else {
                break
            }
        }
        skip(" \t")
        return String(decoding: value, as: UTF8.self)
    }

    private mutating func skip(_ characters: String) {
        while position < bytes.count, characters.utf8.contains(bytes[position]) { position += 1 }
    }
}
