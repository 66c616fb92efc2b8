import ArgumentParser
import Foundation
import Randomness
import SearchSpaces

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw seeded random genomes from a search space and count their networks.",
        discussion: """
            Spaces: \(SearchSpaceCatalog.names.joined(separator: ", ")). A genome printed with \
            --json can be saved to a file and given to `coforge inspect`.

            Examples:
              coforge sample --space nb201 --count 5 --seed 1
              coforge sample --space mcunet --count 1 --seed 7 --json > genome.json
            """)

    @Option(help: "Search space name.")
    var space: String

    @Option(help: "How many genomes to draw.")
    var count = 5

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 0

    @Flag(help: "Print one genome JSON document per line.")
    var json = false

    func validate() throws {
        _ = try OptionParsing.space(named: space)
        guard count > 0 else { throw ValidationError("--count must be positive, got \(count)") }
    }

    func run() throws {
        let space = try OptionParsing.space(named: space)
        var rng = SeededGenerator(seed: seed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var rows = [["#", "MACs", "params", "key"]]
        for i in 0..<count {
            let genome = space.sample(using: &rng)
            if json {
                print(String(decoding: try encoder.encode(space.document(for: genome)), as: UTF8.self))
                continue
            }
            let net = try space.network(for: genome)
            rows.append([String(i), Format.grouped(net.macs), Format.grouped(net.parameters), space.canonicalKey(genome)])
        }
        if !json {
            print("\(space.name): \(space.genes.count) genes, \(space.cardinality) genomes; seed \(seed)")
            print(Format.table(rows, leftColumns: 1))
        }
    }
}
