import Foundation

/// Lines `<pid> begin <key>` of an evaluation log: one per call of the expensive evaluator.
struct EvaluationLog {
    struct Entry: Equatable {
        var processID: Int32
        var key: String
    }

    var entries: [Entry]

    init(path: String) throws {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        entries = try text.split(separator: "\n").map { line in
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let pid = Int32(parts[0]), parts[1] == "begin" else {
                throw FixtureError("\(path): expected `<pid> begin <key>`, got \(line)")
            }
            return Entry(processID: pid, key: String(parts[2]))
        }
    }

    var begun: [String] { entries.map(\.key) }

    /// The number of lines in the log at `path` (0 if it does not exist yet), cheap enough to
    /// poll every millisecond.
    static func lineCount(_ path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        return data.withUnsafeBytes { raw in
            guard var cursor = raw.baseAddress else { return 0 }
            var remaining = raw.count
            var count = 0
            while remaining > 0, let found = memchr(cursor, 0x0A, remaining) {
                let next = UnsafeRawPointer(found) + 1
                remaining -= cursor.distance(to: next)
                cursor = next
                count += 1
            }
            return count
        }
    }
    var processIDs: Set<Int32> { Set(entries.map(\.processID)) }
}
