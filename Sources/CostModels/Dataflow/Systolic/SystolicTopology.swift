import Foundation

/// SCALE-Sim's convolution topology CSV: a header line, then one layer per line with the columns
/// `Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter,
/// Strides` and a trailing comma (optional here). As in SCALE-Sim 3.0.0 (`topology_utils.py`):
/// - the IFMAP sizes already include padding, and the stride applies to both axes;
/// - a layer whose name contains `DP` is depthwise: SCALE-Sim runs it as `Channels` layers of
///   one channel and `Num Filter` filters each, which is a `DataflowLayer` with
///   `groups = Channels` and `filterCount = Channels · Num Filter`;
/// - an optional ninth column is SCALE-Sim's sparsity ratio `N:M`; only dense `1:1` is accepted.
public enum SystolicTopology {
    public static let columns = ["Layer name", "IFMAP Height", "IFMAP Width", "Filter Height", "Filter Width",
                                 "Channels", "Num Filter", "Strides"]

    /// A malformed topology: where, and what was expected.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: String?
        public var message: String

        public var description: String {
            "\(file):\(line): " + (column.map { "column \"\($0)\": " } ?? "") + message
        }
    }

    /// Parses the text of a topology file; `file` names it in errors.
    ///
    /// - Complexity: O(characters).
    public static func layers(csv text: String, file: String) throws(Problem) -> [DataflowLayer] {
        var layers: [DataflowLayer] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated().dropFirst() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            layers.append(try layer(line: line, number: index + 1, file: file))
        }
        if layers.isEmpty {
            throw Problem(file: file, line: max(lines.count, 1), column: nil,
                          message: "no layers; expected a header line, then rows of \(columns.joined(separator: ", "))")
        }
        return layers
    }

    static func layer(line: String, number: Int, file: String) throws(Problem) -> DataflowLayer {
        var fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if fields.last == "" { fields.removeLast() }
        if fields.count == columns.count + 1, fields.last == "1:1" { fields.removeLast() }
        guard fields.count == columns.count else {
            throw Problem(file: file, line: number, column: nil,
                          message: "expected \(columns.count) fields (\(columns.joined(separator: ", "))), got \(fields.count)")
        }
        var numbers: [Int] = []
        for (column, field) in zip(columns.dropFirst(), fields.dropFirst()) {
            guard let value = Int(field), value > 0 else {
                throw Problem(file: file, line: number, column: column, message: "expected a positive whole number, got \"\(field)\"")
            }
            numbers.append(value)
        }
        let name = fields[0]
        if numbers[2] > numbers[0] || numbers[3] > numbers[1] {
            let column = numbers[2] > numbers[0] ? columns[3] : columns[4]
            throw Problem(file: file, line: number, column: column, message: "filter larger than the IFMAP (\(numbers[0])×\(numbers[1]))")
        }
        let depthwise = name.contains("DP")
        return DataflowLayer(
            name: name, inputHeight: numbers[0], inputWidth: numbers[1], filterHeight: numbers[2], filterWidth: numbers[3],
            channels: numbers[4], filterCount: depthwise ? numbers[4] * numbers[5] : numbers[5],
            strideHeight: numbers[6], strideWidth: numbers[6], groups: depthwise ? numbers[4] : 1)
    }
}
