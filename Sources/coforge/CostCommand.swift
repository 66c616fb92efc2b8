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

            Microcontroller profiles: per layer, MACs × the runtime's cycles per MAC for its \
            class (or bytes × cycles per byte for memory-bound layers) + the first flash read \
            of its weights + the per-layer overhead, over the core clock; peak SRAM from a \
            memory plan over the execution order (in-place layers as the runtime allows, \
            offsets printed); flash = weights at --bits + bias and quantisation data + code. \
            The figures are printed even when the network does not fit; then the overflow is \
            named (table, stderr, JSON "fits": false) and the exit status is 3.

            Accelerator profiles (kind asic-dataflow): per layer, compute cycles of the \
            profile's dataflow on the PE array (row stationary; output, weight or input \
            stationary with SCALE-Sim's folding), stall cycles when DRAM traffic outlasts \
            them, utilisation, accesses and energy per memory level; totals add the area \
            (PEs + global buffer) and the peak on-chip buffer footprint.

            --profile takes a file or an id looked up in $COFORGE_PROFILES_DIR and ./HardwareProfiles.

            Examples:
              coforge cost mobilenetv2 --profile xeon-gold-6226
              coforge cost resnet18 --profile HardwareProfiles/this-machine.yaml --threads 1 --json
              coforge cost mcunet-in2 --profile stm32f746 --bits 8
              coforge cost mobilenetv2-w0.35 --resolution 64 --profile stm32h743 --runtime tinyengine --json
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

    @Option(help: "Weight and activation bits (microcontrollers): 4, 8 or 16.")
    var bits = 8

    @Option(help: "Runtime of a microcontroller profile (a key of mcu.runtimes); default: the profile's defaultRuntime.")
    var runtime: String?

    @Flag(help: "Print JSON: {\"latencySeconds\", \"energyJoules\", \"peakMemoryBytes\", \"layers\": […], …}; accelerators: {\"layers\": […], \"total\": {…}}.")
    var json = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if !MCUCostModel.supportedBits.contains(bits) {
            throw ValidationError("--bits must be 4, 8 or 16, got \(bits)")
        }
    }

    func run() throws {
        let net = try NetworkSource.load(network, resolution: resolution, classes: classes)
        let hardware = try ProfileLocator.load(profile)
        if hardware.kind != .mcu, bits != 8 || runtime != nil {
            throw CommandError("\(profile): --bits and --runtime apply to microcontroller (mcu) profiles; this one is \(hardware.kind.rawValue)")
        }
        switch hardware.kind {
        case .cpu:
            let model: CPUCostModel
            do { model = try CPUCostModel(profile: hardware, threads: threads) } catch { throw CommandError(error.description) }
            let report = CostReport(network: net, profile: hardware, estimate: try model.cost(of: net))
            print(json ? try report.json() : report.table())
        case .mcu:
            let model: MCUCostModel
            do { model = try MCUCostModel(profile: hardware, runtime: runtime, bits: bits) } catch { throw CommandError("\(profile): \(error.description)") }
            let report = MCUCostReport(network: net, profile: hardware, estimate: try model.cost(of: net))
            print(json ? try report.json() : report.table())
            guard report.estimate.fits else {
                for line in report.overflowLines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
                throw ExitCode(3)
            }
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
