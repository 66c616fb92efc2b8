import Foundation

/// The JSON coding of every value the study store keeps as text (genomes, objective and
/// constraint vectors, optimiser snapshots, settings): sorted keys so equal values give equal
/// text, and non-finite numbers as the strings `"inf"`, `"-inf"`, `"nan"` so an evaluation that
/// returned them is still stored. Swift prints a `Double` in its shortest round-trip form, so a
/// value read back is bit for bit the one written.
enum StoredJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    static func text(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    static func value<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder().decode(type, from: Data(text.utf8))
    }
}
