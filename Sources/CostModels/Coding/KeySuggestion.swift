/// "Did you mean" for a key or name that is not in the schema.
enum KeySuggestion {
    /// The closest candidate: the same stem with another unit suffix (`sizeKB` → `sizeBytes`),
    /// or one within a small edit distance (a typo); nil when none is near.
    static func nearest(to key: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        for candidate in candidates.sorted() where candidate != key {
            if UnitSuffix.differOnlyInUnit(key, candidate) { return candidate }
            let d = editDistance(key.lowercased(), candidate.lowercased())
            if d <= max(2, candidate.count / 4), d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// The message tail for an unknown key: unit advice when only the unit differs.
    static func advice(forUnknown key: String, suggestion: String?) -> String {
        guard let suggestion else { return "" }
        if UnitSuffix.differOnlyInUnit(key, suggestion), let phrase = UnitSuffix.phrase(forKey: suggestion) {
            return "; units are part of the key: expected \(suggestion) with the value in \(phrase)"
        }
        return "; did you mean \(suggestion)?"
    }

    /// Levenshtein distance.
    /// - Complexity: O(a.count × b.count).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
