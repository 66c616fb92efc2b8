/// A closed set of words in a profile (`kind: cpu`). Decoding names the allowed words and
/// suggests the nearest one.
public protocol ProfileChoice: RawRepresentable<String>, CaseIterable, Codable, Hashable, Sendable {}

extension ProfileChoice {
    static func decodeChoice(from decoder: any Decoder) throws -> Self {
        let word = try decoder.singleValueContainer().decode(String.self)
        if let value = Self(rawValue: word) { return value }
        let words = allCases.map(\.rawValue)
        let hint = KeySuggestion.nearest(to: word, in: words).map { " (did you mean \($0)?)" } ?? ""
        throw ProfileIssue(at: decoder.codingPath, "expected one of \(words.joined(separator: ", ")), got \"\(word)\"\(hint)")
    }

    static func expectedForm(forKey key: String) -> String {
        "one of " + allCases.map(\.rawValue).joined(separator: ", ")
    }
}
