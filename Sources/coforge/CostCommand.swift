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

            Accelerator profiles (kind asic-dataflow): per layer, compute cycles of the \
            row-stationary mapping onto the PE array, stall cycles when DRAM traffic outlasts \
            them, utilisation, accesses and energy per memory level; totals add the area \
            (PEs + global buffer) and the peak on-chip buffer footprint.

            --profile takes a file or an id looked up in $COFORGE_PROFILES_DIR and ./HardwareProfiles.

            Examples:
              coforge cost mobilenetv2 --profile xeon-gold-6226
              coforge cost resnet18 --profile HardwareProfiles/this-machine.yaml --threads 1 --json
              coforge cost nb201:'|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_1x1~1|nor_conv_3x3~2|' --profile eyeriss-like
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

    @Flag(help: "Print JSON: {\"latencySeconds\", \"energyJoules\", \"peakMemoryBytes\", \"layers\": […], …}; accelerators: {\"layers\": […], \"total\": {…}}.")
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
            let model: DataflowCostModel
            do { model = try DataflowCostModel(profile: hardware) } catch { throw CommandError("\(profile): \(error.description)") }
            let report = DataflowCostReport(network: net, profile: hardware, estimate: try model.cost(of: net))
            print(json ? try report.json() : report.table())
        case .analogCrossbar:
            throw CommandError("\(profile): no cost model for kind \(hardware.kind.rawValue) yet; cost supports cpu profiles")
        }
    }
}
