import Foundation
import ModelZoo

/// Rows of ../shared/reference/nb201_accuracy.csv needed to pick and score cells.
struct NB201Reference {
    struct Row {
        var index: Int
        var arch: String
        var cifar10TestAccuracyPercent: Double
    }

    var rows: [Row]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ",").map(String.init),
              let indexColumn = header.firstIndex(of: "arch_index"),
              let archColumn = header.firstIndex(of: "arch_str"),
              let accuracyColumn = header.firstIndex(of: "cifar10_test_acc")
        else { throw BenchError("\(url.path): header must have arch_index, arch_str and cifar10_test_acc") }
        lines.removeFirst()
        rows = try lines.enumerated().map { number, line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count, let index = Int(fields[indexColumn]),
                  let accuracy = Double(fields[accuracyColumn])
            else { throw BenchError("\(url.path): line \(number + 2) does not have \(header.count) fields with a numeric arch_index and cifar10_test_acc") }
            return Row(index: index, arch: String(fields[archColumn]), cifar10TestAccuracyPercent: accuracy)
        }
    }

    /// `count` cells spanning the accuracy range: the cells with a path to the output are sorted by
    /// accuracy and cut into `count` equal bins; one cell is drawn from each bin with `generator`.
    func spanningSample(_ count: Int, using generator: inout some RandomNumberGenerator) throws -> [Row] {
        let usable = try rows.filter { try NB201Cell(archString: $0.arch).hasPathToOutput }
            .sorted { $0.cifar10TestAccuracyPercent < $1.cifar10TestAccuracyPercent }
        return (0..<count).map { bin in
            let lower = bin * usable.count / count, upper = (bin + 1) * usable.count / count
            return usable[Int.random(in: lower..<upper, using: &generator)]
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
