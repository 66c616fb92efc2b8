import ArgumentParser
import Foundation
import ModelZoo

/// Prints a zoo network as `coforge.network` JSON, so the side-by-side scripts build the very
/// same graph in PyTorch and onnxruntime.
struct NetworkJSON: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network-json", abstract: "Print a zoo network as coforge.network JSON.")

    @Argument(help: "Zoo model name (see `coforge zoo`).")
    var model: String

    @Option(help: "Input resolution for zoo models that take one.")
    var resolution: Int?

    @Option(help: "Number of output classes.")
    var classes: Int?

    func run() throws {
        let network = try Zoo.network(named: model, resolution: resolution, classes: classes)
        FileHandle.standardOutput.write(try network.jsonData())
        print()
    }
}
