import ArgumentParser
import ModelZoo
import NetworkIR

struct ZooCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoo",
        abstract: "List the model zoo with input shapes, MACs and parameters.",
        discussion: """
            Every model is written from its paper; NAS-Bench-201 networks are named \
            nb201:ARCH_STRING.

            Example:
              coforge zoo
            """)

    func run() throws {
        var rows = [["model", "input", "output", "layers", "MACs", "params"]]
        for name in Zoo.names {
            let net = try Zoo.network(named: name, resolution: nil, classes: nil)
            rows.append([name, net.inputShape.description, net.outputShape.description, String(net.layers.count),
                         Format.grouped(net.macs) + " (\(Format.scaled(net.macs)))",
                         Format.grouped(net.parameters) + " (\(Format.scaled(net.parameters)))"])
        }
        print(Format.table(rows, leftColumns: 2))
    }
}
