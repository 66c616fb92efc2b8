import Foundation

/// The JSON header of a safetensors file: tensor name → dtype, shape and byte range in the data
/// section, plus an optional `__metadata__` object of string values.
struct SafeTensorsHeader: Sendable {
    struct Entry: Sendable, Equatable, Decodable {
        var dtype: String
        var shape: [Int]
        /// `[begin, end)` relative to the start of the data section.
        var begin: Int
        var end: Int

        enum CodingKeys: String, CodingKey {
            case dtype, shape
            case dataOffsets = "data_offsets"
        }

        init(dtype: String, shape: [Int], begin: Int, end: Int) {
            self.dtype = dtype
            self.shape = shape
            self.begin = begin
            self.end = end
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            dtype = try c.decode(String.self, forKey: .dtype)
            shape = try c.decode([Int].self, forKey: .shape)
            guard shape.allSatisfy({ $0 >= 0 }) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .shape, in: c, debugDescription: "expected non-negative dimensions, found \(shape)")
            }
            let offsets = try c.decode([Int].self, forKey: .dataOffsets)
            guard offsets.count == 2, offsets[0] >= 0, offsets[0] <= offsets[1] else {
                throw DecodingError.dataCorruptedError(
                    forKey: .dataOffsets, in: c, debugDescription: "expected [begin, end] with 0 ≤ begin ≤ end, found \(offsets)")
            }
            (begin, end) = (offsets[0], offsets[1])
        }
    }

    static let metadataKey = "__metadata__"
    /// Largest header accepted, as in the reference implementation (100 MB).
    static let maximumHeaderBytes = 100_000_000

    var metadata: [String: String]?
    /// Entries in data order.
    var tensors: [(name: String, entry: Entry)]

    /// JSON bytes padded with spaces to a multiple of 8 so that the data section is aligned.
    ///
    /// - Complexity: O(header size).
    func encoded() -> Data {
        var parts: [String] = []
        if let metadata {
            let fields = metadata.keys.sorted().map { "\(Self.quoted($0)):\(Self.quoted(metadata[$0]!))" }
            parts.append("\(Self.quoted(Self.metadataKey)):{\(fields.joined(separator: ","))}")
        }
        for (name, e) in tensors {
            let shape = e.shape.map(String.init).joined(separator: ",")
            parts.append("\(Self.quoted(name)):{\"dtype\":\(Self.quoted(e.dtype)),\"shape\":[\(shape)],\"data_offsets\":[\(e.begin),\(e.end)]}")
        }
        var json = Data("{\(parts.joined(separator: ","))}".utf8)
        json.append(contentsOf: [UInt8](repeating: 0x20, count: (8 - json.count % 8) % 8))
        return json
    }

    /// A JSON string literal.
    private static func quoted(_ s: String) -> String {
        // Encoding a String cannot fail.
        String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
    }

    /// Parses the length prefix and header of `file`.
    ///
    /// - Returns: the header and the byte offset of the data section.
    /// - Complexity: O(header size).
    static func parse(_ file: Data, path: String) throws(WeightFileError) -> (header: SafeTensorsHeader, dataStart: Int) {
        guard file.count >= 8 else {
            throw WeightFileError(file: path, reason: "file is \(file.count) bytes, expected at least 8 (the header length)")
        }
        let length = file.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= UInt64(maximumHeaderBytes) else {
            throw WeightFileError(file: path, reason: "header length \(length) exceeds the \(maximumHeaderBytes)-byte limit (not a safetensors file?)")
        }
        guard length <= UInt64(file.count - 8) else {
            throw WeightFileError(
                file: path, reason: "header length \(length) runs past the end of the \(file.count)-byte file (truncated, or not a safetensors file)")
        }
        let json = file.subdata(in: file.startIndex + 8 ..< file.startIndex + 8 + Int(length))
        let decoded: Document
        do {
            decoded = try JSONDecoder().decode(Document.self, from: json)
        } catch let error as DecodingError {
            throw WeightFileError(decoding: error, file: path)
        } catch {
            throw WeightFileError(file: path, reason: "unreadable header: \(error)")
        }
        let tensors = decoded.tensors.sorted { ($0.value.begin, $0.key) < ($1.value.begin, $1.key) }.map { ($0.key, $0.value) }
        return (SafeTensorsHeader(metadata: decoded.metadata, tensors: tensors), 8 + Int(length))
    }

    /// The header as JSON decodes it: any key except `__metadata__` is a tensor.
    private struct Document: Decodable {
        var metadata: [String: String]?
        var tensors: [String: Entry] = [:]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            for key in c.allKeys {
                if key.stringValue == SafeTensorsHeader.metadataKey {
                    metadata = try c.decode([String: String].self, forKey: key)
                } else {
                    tensors[key.stringValue] = try c.decode(Entry.self, forKey: key)
                }
            }
        }
    }
}

extension WeightFileError {
    /// A header decoding failure at its JSON path (`conv1.weight.shape`).
    init(decoding error: DecodingError, file: String) {
        let (path, reason): ([any CodingKey], String) = switch error {
        case .keyNotFound(let key, let ctx): (ctx.codingPath + [key], "missing required field")
        case .typeMismatch(let type, let ctx): (ctx.codingPath, "expected \(Self.name(of: type))")
        case .valueNotFound(let type, let ctx): (ctx.codingPath, "expected \(Self.name(of: type)), found null")
        case .dataCorrupted(let ctx): (ctx.codingPath, ctx.codingPath.isEmpty ? "header is not valid JSON" : ctx.debugDescription)
        @unknown default: ([], "\(error)")
        }
        let field = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .reduce("") { $0.isEmpty || $1.hasPrefix("[") ? $0 + $1 : $0 + "." + $1 }
        self.init(file: file, field: field, reason: reason)
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is [Int].Type: "an array of integers"
        case is [String: String].Type: "an object of string values"
        default: "an object"
        }
    }
}
