import Yams

/// What one decoding pass saw: the keys each mapping was asked for (so that the rest are
/// reported as unknown), the tables read whole, and every `source` reference with its place.
final class DecodingRecord {
    /// Keys asked for, by the key path of their mapping.
    var requestedKeys: [String: Set<String>] = [:]
    /// Key paths of mappings read as open tables (every key accepted).
    var openMappings: Set<String> = []
    /// Every value of a key named `source`, with the key path where it was found.
    var sourceReferences: [(keyPath: String, id: String)] = []

    /// Issues for the keys no decoding step asked for, in document order. A mapping that was
    /// never reached (its own key was unknown) is not entered.
    /// - Complexity: O(nodes in the tree).
    func unknownKeyIssues(in node: Node, path: [any CodingKey] = []) -> [ProfileIssue] {
        switch node {
        case .mapping(let mapping):
            let keyPath = ProfileIssue.keyPath(path)
            let open = openMappings.contains(keyPath)
            guard open || requestedKeys[keyPath] != nil else { return [] }
            let requested = requestedKeys[keyPath] ?? []
            var issues: [ProfileIssue] = []
            for (keyNode, value) in mapping {
                let key = keyNode.scalar?.string ?? ""
                let childPath = path + [AnyCodingKey(key)]
                if open || requested.contains(key) {
                    issues += unknownKeyIssues(in: value, path: childPath)
                } else {
                    issues.append(ProfileIssue(at: childPath, Self.unknownKeyMessage(key, known: requested)))
                }
            }
            return issues
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { unknownKeyIssues(in: $1, path: path + [AnyCodingKey(index: $0)]) }
        case .scalar, .alias:
            return []
        }
    }

    static func unknownKeyMessage(_ key: String, known: Set<String>) -> String {
        let suggestion = KeySuggestion.nearest(to: key, in: known)
        if suggestion == nil, !known.isEmpty {
            return "unknown key; expected one of \(known.sorted().joined(separator: ", "))"
        }
        return "unknown key" + KeySuggestion.advice(forUnknown: key, suggestion: suggestion)
    }
}
