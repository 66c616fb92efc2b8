import ArgumentParser
import Foundation
import ModelZoo
import NetworkIR

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a network's layers with exact MACs, parameters and activation bytes.",
        discussion: """
            MACs count weight multiply-accumulates of convolutions, linear layers and \
            squeeze-excite; bias additions are listed apart; batch norm, activations, pooling \
            and element-wise layers count 0 MACs.

            Examples:
              coforge inspect mobilenetv2
              coforge inspect mobilenetv2 --resolution 160 --json
              coforge inspect "nb201:|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|"
              coforge inspect my-network.json --weight-bits 4
            """)

    @Argument(help: "A zoo name (see `coforge zoo`), nb201:ARCH_STRING, or a network JSON file.")
    var network: String

    @Option(help: "Input resolution (height = width) for zoo models that take one.")
    var resolution: Int?

    @Option(help: "Number of output classes for zoo models that take one.")
    var classes: Int?

    @Option(help: "Bits per weight for the weight-bytes column (bias and batch norm stay 32-bit).")
    var weightBits = 8

    @Option(help: "Bits per activation element for the activation-bytes columns.")
    var activationBits = 8

    @Flag(help: "Print JSON: {\"macs\", \"params\", \"layers\": […], …}.")
    var json = false

    func validate() throws {
        for (flag, bits) in [("--weight-bits", weightBits), ("--activation-bits", activationBits)]
        where !(1...32).contains(bits) {
            throw ValidationError("\(flag) must be between 1 and 32, got \(bits)")
        }
    }

    func run() throws {
        let net = try NetworkSource.load(network, resolution: resolution, classes: classes)
        let report = try InspectReport(network: net, weightBits: weightBits, activationBits: activationBits)
        print(json ? try report.json() : report.table())
    }
}
