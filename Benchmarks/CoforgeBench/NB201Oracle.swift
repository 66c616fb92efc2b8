import Foundation
import SearchSpaces

/// NB201's tabulated CIFAR-10 test accuracy and a latency column, indexed by genome: the
/// "expensive evaluator" and the cost model of the latency-budgeted search benchmark.
struct NB201Oracle: Sendable {
    /// Per genome (values read as a base-5 number, gene 0 most significant).
    let accuracyPercent: [Double]
    let latencyMilliseconds: [Double]

    /// Reads `cifar10_test_acc` from `accuracyFile` and `latencyColumn` from `latencyFile`,
    /// both keyed by `arch_str`.
    init(accuracyFile: URL, latencyFile: URL, latencyColumn: String) throws {
        let space = NB201Space()
        let accuracy = try Self.column("cifar10_test_acc", of: accuracyFile)
        let latency = try Self.column(latencyColumn, of: latencyFile)
        var accuracyPercent = Array(repeating: Double.nan, count: 15_625)
        var latencyMilliseconds = accuracyPercent
        for (arch, value) in accuracy {
            guard let genome = try? space.genome(archString: arch), let ms = latency[arch] else {
                throw BenchError("\(latencyFile.path): no \(latencyColumn) for arch_str \(arch) of \(accuracyFile.lastPathComponent)")
            }
            accuracyPercent[Self.index(genome.values)] = value
            latencyMilliseconds[Self.index(genome.values)] = ms
        }
        guard !accuracyPercent.contains(where: \.isNaN) else {
            throw BenchError("\(accuracyFile.path): expected all 15,625 NB201 architectures")
        }
        self.accuracyPercent = accuracyPercent
        self.latencyMilliseconds = latencyMilliseconds
    }

    static func index(_ values: [Int]) -> Int { values.reduce(0) { $0 * 5 + $1 } }

    /// `arch_str` → the value in column `name` of a CSV file (CRLF or LF lines).
    private static func column(_ name: String, of url: URL) throws -> [String: Double] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ",").map(String.init),
              let archColumn = header.firstIndex(of: "arch_str"), let valueColumn = header.firstIndex(of: name)
        else { throw BenchError("\(url.path): header must have arch_str and \(name)") }
        lines.removeFirst()
        var result: [String: Double] = [:]
        for (number, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count, let value = Double(fields[valueColumn]) else {
                throw BenchError("\(url.path): line \(number + 2): expected \(header.count) fields with a number in \(name)")
            }
            result[String(fields[archColumn])] = value
        }
        return result
    }
}
