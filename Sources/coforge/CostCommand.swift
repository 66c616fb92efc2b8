import ArgumentParser
import CostModels
import Foundation
import NetworkIR

struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Predict a network's latency, energy and peak memory on a hardware profile.",
        discussion: """
            CPU profiles: per layer, a roofline (FLOPs / peak FLOP/s against bytes moved / \
            bandwidth of the memory level the working set fits in), corrected by the \
            profile's fitted kernel model when it has one for the layer's kernel class at \
            the thread count, plus the per-layer overhead. Energy is latency × a power \
            figure of the profile (a model, and said so). Peak memory is float32 weights \
            plus the largest live activation set in layer order.

            --profile takes a file or an id looked up in $COFORGE_PROFILES_DIR and ./HardwareProfiles.

            Examples:
              coforge cost mobilenetv2 --profile xeon-gold-6226
              coforge cost resnet18 --profile HardwareProfiles/this-machine.yaml --threads 1 --json
            """)

    @Argument(help: "A zoo name, nb201:ARCH_STRING, or a network / genome JSON file.")
    var network: String

    @Option(help: "Hardware profile: a YAML file or a profile id.")
    var profile: String

    @Option(help: "Threads (CPU); default: the profile's core count.")
    var threads: Int?

    @Option(help: "Input resolution (height = width) for zoo models that take one.")
    var resolution: Int?

    @Option(help: "Number of output classes for zoo models that take one.")
    var classes: Int?

    @Flag(help: "Print JSON: {\"latencySeconds\", \"energyJoules\", \"peakMemoryBytes\", \"layers\": […], …}.")
    var json = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }

    func run() throws {
        let net = try NetworkSource.load(network, resolution: resolution, classes: classes)
        let hardware = try ProfileLocator.load(profile)
        switch hardware.kind {
        case .cpu:
            let model: CPUCostModel
            do { model = try CPUCostModel(profile: hardware, threads: threads) } catch { throw CommandError(error.description) }
            let report = CostReport(network: net, profile: hardware, estimate: try model.cost(of: net))
            print(json ? try report.json() : report.table())
        case .mcu:
            throw CommandError("\(profile): no cost model for kind \(hardware.kind.rawValue) yet; cost supports cpu profiles")
        case .asicDataflow:
            throw CommandError("\(profile): no cost model for kind \(hardware.kind.rawValue) yet; cost supports cpu profiles")
        case .analogCrossbar:
            throw CommandError("\(profile): no cost model for kind \(hardware.kind.rawValue) yet; cost supports cpu profiles")
        }
    }
}
