import Foundation
import SearchSpaces

extension HardwareSpace {
    /// The genome of a text form `knob=value,…`: every knob of the space exactly once, in any
    /// order; numbers may be written in any form equal to a choice (`16`, `16.0`). Throws
    /// naming the knob and the expected form.
    public func genome(string: String) throws(GenomeError) -> Genome {
        if genes.isEmpty, string.trimmingCharacters(in: .whitespaces).isEmpty { return Genome([]) }
        var values = [Int?](repeating: nil, count: genes.count)
        for pair in string.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard parts.count == 2 else {
                throw GenomeError(space: id, gene: nil, reason: "expected knob=value, got \"\(pair)\" in \"\(string)\"")
            }
            guard let g = genes.firstIndex(where: { $0.name == name }) else {
                throw GenomeError(space: id, gene: name, reason: "no such knob; expected one of \(genes.map(\.name).joined(separator: ", "))")
            }
            guard values[g] == nil else { throw GenomeError(space: id, gene: name, reason: "given twice") }
            let label = parts[1].trimmingCharacters(in: .whitespaces)
            guard let v = genes[g].choiceIndex(of: label) else {
                throw GenomeError(space: id, gene: name, reason: "\"\(label)\" is not one of \(genes[g].choices.joined(separator: ", "))")
            }
            values[g] = v
        }
        if let missing = values.firstIndex(where: { $0 == nil }) {
            throw GenomeError(space: id, gene: genes[missing].name, reason: "missing from \"\(string)\"; expected knob=value for \(genes.map(\.name).joined(separator: ", "))")
        }
        return Genome(values.map { $0! })
    }
}
