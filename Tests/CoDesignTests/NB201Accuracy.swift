import Foundation
import SearchSpaces

/// `cifar10_test_acc` of `nb201_accuracy.csv` (the NAS-Bench-201 table in the reference folder,
/// CRLF lines, no quoting), by NB201 genome.
struct NB201Accuracy: Sendable {
    static let url = Fixtures.referenceDirectory.appendingPathComponent("nb201_accuracy.csv")
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }
    static let missingComment = "skipped: NB201 accuracy table not found at \(url.path) (set COFORGE_REFERENCE_DIR)"

    let percentByGenome: [Genome: Double]

    init() throws {
        let lines = try String(contentsOf: Self.url, encoding: .utf8).split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: ",")
        guard let arch = header.firstIndex(of: "arch_str"), let accuracy = header.firstIndex(of: "cifar10_test_acc") else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: Self.url.path])
        }
        let space = NB201Space()
        var table: [Genome: Double] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            table[try space.genome(archString: String(fields[arch]))] = Double(fields[accuracy])
        }
        percentByGenome = table
    }
}
