import Foundation
import ModelZoo
import NetworkIR
import SearchSpaces

/// Turns a command-line network argument into a `Network`: a zoo name, `nb201:ARCH_STRING`,
/// the path of a network JSON file, or the path of a search-space genome document.
enum NetworkSource {
    static let nb201Prefix = "nb201:"

    static func load(_ spec: String, resolution: Int?, classes: Int?) throws -> Network {
        if spec.hasPrefix(nb201Prefix) {
            let cell = try NB201Cell(archString: String(spec.dropFirst(nb201Prefix.count)))
            return try nb201Network(cell: cell, resolution: resolution ?? 32, classes: classes ?? 10)
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory)
        if spec.hasSuffix(".json") || (exists && !isDirectory.boolValue) {
            if resolution != nil || classes != nil {
                throw CommandError("--resolution and --classes apply to zoo models, not to the file \(spec)")
            }
            return try loadFile(URL(fileURLWithPath: spec))
        }
        do {
            return try Zoo.network(named: spec, resolution: resolution, classes: classes)
        } catch ZooError.unknownName(let name, let known) {
            throw CommandError("""
                unknown network "\(name)". Give a zoo name (\(known.joined(separator: ", "))), \
                nb201:ARCH_STRING, or the path of a network or genome JSON file.
                """)
        }
    }

    /// A network JSON document, or a genome document (`{"space": …, "genes": {…}}`) of a
    /// catalogued search space, decoded to its network.
    static func loadFile(_ url: URL) throws -> Network {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CommandError("\(url.path): cannot read file: \(error.localizedDescription)")
        }
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        guard object?["space"] != nil else { return try Network(json: data, source: url.path) }
        do {
            let document = try JSONDecoder().decode(GenomeDocument.self, from: data)
            let space = try OptionParsing.space(for: document)
            return try space.network(for: try space.genome(from: document))
        } catch let error as DecodingError {
            throw NetworkFileError(decoding: error, source: url.path)
        } catch {
            throw CommandError("\(url.path): \(error)")
        }
    }
}

/// A failure of a command's work (not of its arguments): printed as `Error: …`, exit code 1.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
