import Foundation

/// JSON form of a network:
/// `{"format": "coforge.network", "formatVersion": 1, "name": …, "input": [C, H, W],
///   "output": <layer name, optional>, "layers": [<Layer>…]}`.
extension Network: Codable {
    public static let format = "coforge.network"
    public static let formatVersion = 1

    enum CodingKeys: String, CodingKey { case format, formatVersion, name, input, output, layers }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == Self.format else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: c, debugDescription: "expected \"\(Self.format)\", found \"\(format)\"")
        }
        let version = try c.decode(Int.self, forKey: .formatVersion)
        guard version == Self.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .formatVersion, in: c,
                debugDescription: "this build reads format version \(Self.formatVersion), found \(version)")
        }
        var layers = try c.decode([Layer].self, forKey: .layers)
        for i in layers.indices where layers[i].inputs.isEmpty {
            layers[i].inputs = [i == 0 ? Self.inputName : layers[i - 1].name]
        }
        let name = try c.decode(String.self, forKey: .name)
        let input = try c.decode(TensorShape.self, forKey: .input)
        let output = try c.decodeIfPresent(String.self, forKey: .output)
        do {
            try self.init(name: name, inputShape: input, layers: layers, output: output)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: c.codingPath + Self.codingPath(of: error, layers: layers), debugDescription: error.description))
        }
    }

    /// Where in the document a validation error lies: `layers[i]` for a layer, `output`.
    private static func codingPath(of error: NetworkError, layers: [Layer]) -> [any CodingKey] {
        func layer(_ i: Int) -> [any CodingKey] { [CodingKeys.layers, AnyCodingKey(intValue: i)!] }
        switch error {
        case .empty, .invalidOrder: return [CodingKeys.layers]
        case .reservedName(let i), .duplicateName(_, let i): return layer(i)
        case .unknownInput(let name, _), .shapeMismatch(let name, _, _):
            return layers.firstIndex { $0.name == name }.map(layer) ?? [CodingKeys.layers]
        case .unknownOutput: return [CodingKeys.output]
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.format, forKey: .format)
        try c.encode(Self.formatVersion, forKey: .formatVersion)
        try c.encode(name, forKey: .name)
        try c.encode(inputShape, forKey: .input)
        try c.encode(layers[outputIndex].name, forKey: .output)
        try c.encode(layers, forKey: .layers)
    }

    /// Decodes a network from JSON, turning decoding failures into a `NetworkFileError` that
    /// names the source and the JSON path (for example `layers[3].kernel`).
    public init(json data: Data, source: String) throws(NetworkFileError) {
        do {
            self = try JSONDecoder().decode(Network.self, from: data)
        } catch let error as DecodingError {
            throw NetworkFileError(decoding: error, source: source)
        } catch {
            throw NetworkFileError(source: source, path: "", reason: "\(error)")
        }
    }

    /// Reads a network JSON file.
    public init(contentsOf url: URL) throws(NetworkFileError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw NetworkFileError(source: url.path, path: "", reason: "cannot read file: \(error.localizedDescription)")
        }
        try self.init(json: data, source: url.path)
    }

    /// Pretty-printed JSON with stable key order.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}

/// A network file that could not be read, with where and why.
public struct NetworkFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var source: String
    /// JSON path such as `layers[3].kernel`; empty for the whole document.
    public var path: String
    public var reason: String

    public init(source: String, path: String, reason: String) {
        self.source = source
        self.path = path
        self.reason = reason
    }

    public init(decoding error: DecodingError, source: String) {
        let (codingPath, reason): ([any CodingKey], String) = switch error {
        case .keyNotFound(let key, let ctx): (ctx.codingPath + [key], "missing required field")
        case .typeMismatch(let type, let ctx): (ctx.codingPath, "expected \(Self.name(of: type)); \(ctx.debugDescription)")
        case .valueNotFound(let type, let ctx): (ctx.codingPath, "expected \(Self.name(of: type)), found null")
        case .dataCorrupted(let ctx):
            (ctx.codingPath, ctx.underlyingError.map { "\(ctx.debugDescription) (\($0))" } ?? ctx.debugDescription)
        @unknown default: ([], "\(error)")
        }
        self.init(source: source, path: Self.render(codingPath), reason: reason)
    }

    public var description: String {
        path.isEmpty ? "\(source): \(reason)" : "\(source): at \(path): \(reason)"
    }

    static func render(_ path: [any CodingKey]) -> String {
        path.reduce(into: "") { text, key in
            if let i = key.intValue {
                text += "[\(i)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is [String: Any].Type: "an object"
        case is [Any].Type: "an array"
        default: "\(type)"
        }
    }
}
