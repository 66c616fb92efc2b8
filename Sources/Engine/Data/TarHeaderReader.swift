/// Walks the 512-byte header blocks of a tar archive; see `TarArchive` for the formats read.
struct TarHeaderReader {
    let bytes: [UInt8]
    let path: String
    private var offset = 0
    private var longName: String?
    private var paxPath: String?
    private var paxSize: Int?

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// The next regular file, or nil at the end-of-archive zero block or the end of the bytes.
    mutating func next() throws(DataError) -> TarEntry? {
        while offset < bytes.count {
            let header = offset
            guard header + 512 <= bytes.count else {
                throw DataError.truncated(path: path, field: "tar header block", offset: header,
                                          needed: 512, fileSize: bytes.count)
            }
            if bytes[header] == 0, bytes[header + 148] == 0, bytes[header..<(header + 512)].allSatisfy({ $0 == 0 }) {
                return nil
            }
            try verifyChecksum(at: header)
            let type = bytes[header + 156]
            let size: Int
            if let paxSize { size = paxSize } else { size = try number(at: header + 124, length: 12, field: "size") }
            let start = header + 512
            guard size <= bytes.count - start else {
                throw DataError.truncated(path: path, field: "contents of tar member \"\(name(at: header))\"",
                                          offset: start, needed: size, fileSize: bytes.count)
            }
            offset = start + (size + 511) / 512 * 512
            let data = bytes[start..<(start + size)]
            switch type {
            case UInt8(ascii: "L"):
                longName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
            case UInt8(ascii: "x"):
                try readPax(data)
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                let entryName = paxPath ?? longName ?? name(at: header)
                (longName, paxPath, paxSize) = (nil, nil, nil)
                return TarEntry(name: Self.normalise(entryName), range: start..<(start + size))
            default:
                (longName, paxPath, paxSize) = (nil, nil, nil)
            }
        }
        return nil
    }

    /// `prefix/name` for ustar headers; GNU headers use the prefix bytes for other fields.
    private func name(at header: Int) -> String {
        let name = string(at: header, length: 100)
        let isUstar = bytes[(header + 257)..<(header + 263)].elementsEqual(Array("ustar\0".utf8))
        let prefix = isUstar ? string(at: header + 345, length: 155) : ""
        return prefix.isEmpty ? name : prefix + "/" + name
    }

    private func string(at start: Int, length: Int) -> String {
        String(decoding: bytes[start..<(start + length)].prefix { $0 != 0 }, as: UTF8.self)
    }

    /// An octal number padded with spaces or NULs, or GNU base-256 when the high bit of the first byte is set.
    private func number(at start: Int, length: Int, field: String) throws(DataError) -> Int {
        let digits = bytes[start..<(start + length)]
        if digits[start] & 0x80 != 0 {
            return digits.dropFirst().reduce(Int(digits[start] & 0x7f)) { ($0 << 8) | Int($1) }
        }
        let text = digits.filter { $0 != 0 && $0 != UInt8(ascii: " ") }
        guard let value = Int(String(decoding: text, as: UTF8.self), radix: 8), value >= 0 else {
            throw DataError.malformed(
                path: path, field: "tar header \(field) at offset \(start)",
                found: "\"\(String(decoding: digits.prefix { $0 != 0 }, as: UTF8.self))\"", expected: "an octal number")
        }
        return value
    }

    /// The checksum at 148 is the sum of the header's bytes with its own eight bytes taken as spaces.
    private func verifyChecksum(at header: Int) throws(DataError) {
        let stored = try number(at: header + 148, length: 8, field: "checksum")
        let sum = bytes.withUnsafeBufferPointer { block in
            var total = 8 * 32
            for i in header..<(header + 148) { total += Int(block[i]) }
            for i in (header + 156)..<(header + 512) { total += Int(block[i]) }
            return total
        }
        guard sum == stored else {
            throw DataError.malformed(path: path, field: "tar header checksum at offset \(header + 148)",
                                      found: "\(stored)", expected: "\(sum), the sum of the header bytes")
        }
    }

    /// Records of the form `LENGTH key=value\n`; only `path` and `size` matter here.
    private mutating func readPax(_ data: ArraySlice<UInt8>) throws(DataError) {
        var rest = data
        while let space = rest.firstIndex(of: UInt8(ascii: " ")) {
            guard let length = Int(String(decoding: rest[rest.startIndex..<space], as: UTF8.self)),
                  length >= space - rest.startIndex + 2, length <= rest.count else {
                throw DataError.malformed(path: path, field: "pax record at offset \(rest.startIndex)",
                                          found: "an invalid length", expected: "\"LENGTH key=value\\n\"")
            }
            let record = rest[(space + 1)..<(rest.startIndex + length - 1)]
            rest = rest[(rest.startIndex + length)...]
            guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = String(decoding: record[..<equals], as: UTF8.self)
            let value = String(decoding: record[(equals + 1)...], as: UTF8.self)
            if key == "path" { paxPath = value }
            if key == "size" { paxSize = Int(value) }
        }
    }

    private static func normalise(_ name: String) -> String {
        var name = Substring(name)
        while name.hasPrefix("./") { name = name.dropFirst(2) }
        return String(name)
    }
}
