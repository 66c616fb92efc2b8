import ArgumentParser
import CoDesign
import Foundation
import Randomness
import SearchSpaces

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw seeded random genomes from a search space and count their networks.",
        discussion: """
            Spaces: \(SearchSpaceCatalog.names.joined(separator: ", ")), and co-design spaces \
            <space>+<asic-dataflow profile>, e.g. nb201+eyeriss-like, whose genomes also choose the \
            accelerator (PE rows and columns, buffer sizes, dataflow, weight and activation bits). A \
            genome printed with --json can be saved to a file and given to `coforge inspect`.

            Examples:
              coforge sample --space nb201 --count 5 --seed 1
              coforge sample --space mcunet --count 1 --seed 7 --json > genome.json
              coforge sample --space nb201+eyeriss-like --count 5 --seed 1 --profiles-out designs/
            """)

    @Option(help: "Search space name.")
    var space: String

    @Option(help: "How many genomes to draw.")
    var count = 5

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 0

    @Flag(help: "Print one genome JSON document per line.")
    var json = false

    @Option(help: "Co-design spaces: write genome #'s accelerator profile to DIR/#.yaml.")
    var profilesOut: String?

    func validate() throws {
        let space = try OptionParsing.space(named: space)
        guard count > 0 else { throw ValidationError("--count must be positive, got \(count)") }
        if profilesOut != nil, !(space is any CoDesignDecoding) {
            throw ValidationError("--profiles-out needs a co-design space (<space>+<profile>), got \(space.name)")
        }
    }

    func run() throws {
        let space = try OptionParsing.space(named: space)
        let coDesign = space as? any CoDesignDecoding
        var rng = SeededGenerator(seed: seed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var rows = [["#", "MACs", "params"] + (coDesign == nil ? [] : Self.hardwareHeader) + [coDesign == nil ? "key" : "network key"]]
        let genomes = (0..<count).map { _ in space.sample(using: &rng) }
        if let coDesign, let profilesOut { try Self.writeProfiles(of: genomes, in: coDesign, to: profilesOut) }
        for (i, genome) in genomes.enumerated() {
            if json {
                print(String(decoding: try encoder.encode(space.document(for: genome)), as: UTF8.self))
                continue
            }
            let net = try space.network(for: genome)
            let hardware = try coDesign.map { try Self.hardwareColumns(of: genome, in: $0) } ?? []
            let key = coDesign?.networkKey(of: genome) ?? space.canonicalKey(genome)
            rows.append([String(i), Format.grouped(net.macs), Format.grouped(net.parameters)] + hardware + [key])
        }
        if !json {
            print("\(space.name): \(space.genes.count) genes, \(space.cardinality < 1e15 ? Format.grouped(Int(space.cardinality)) : "\(space.cardinality)") genomes; seed \(seed)")
            print(Format.table(rows, leftColumns: 1))
        }
    }
}
