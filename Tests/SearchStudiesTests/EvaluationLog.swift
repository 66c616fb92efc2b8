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
    var processIDs: Set<Int32> { Set(entries.map(\.processID)) }
}
