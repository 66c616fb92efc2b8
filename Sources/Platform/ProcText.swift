#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reading the `key : value` text files under `/proc` (`cpuinfo`, `meminfo`).
enum ProcText {
    /// The file's contents, or nil when it does not exist or cannot be read
    /// (e.g. on macOS).
    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value of the first line whose key, with surrounding blanks trimmed,
    /// equals `key`; the value is trimmed too.
    static func firstValue(of key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if trimmed(line[..<colon]) == key {
                return trimmed(line[line.index(after: colon)...])
            }
        }
        return nil
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
