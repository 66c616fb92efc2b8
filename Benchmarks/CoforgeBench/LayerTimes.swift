import ArgumentParser
import Engine
import Foundation

/// Inference time per layer of a zoo network, folded and fused as `inference-latency` runs it
/// (`Model.fusedForInference`), median over repeats: shows where an inference goes, for the
/// latency comparisons against onnxruntime.
struct LayerTimes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layer-times", abstract: "Median inference time of each layer of a zoo network.")

    @OptionGroup var setup: ZooBenchSetup
    @Option(help: "Batch size.") var batch = 1
    @Option(help: "Measured runs per layer.") var repeats = 200

    func run() throws {
        let (_, model, input) = try setup.prepare(batch: batch)
        var engine = model.fusedForInference()
        let outputs = engine.forward(input, mode: .inference).outputs
        let tape = engine.forward(input, mode: .training)
        var total = 0.0
        var byType: [String: Double] = [:]
        for (i, layer) in engine.network.layers.enumerated() {
            let inputs = engine.kernelInputIndices(of: i).map { $0 < 0 ? input : tape.outputs[$0] }
            var buffers = engine.buffers[i]
            let kernel = engine.kernels[i], parameters = engine.parameters[i]
            let seconds = medianSeconds(warmup: 3, repeats: repeats) {
                _ = kernel.forward(inputs: inputs, parameters: parameters, buffers: &buffers, mode: .inference)
            }
            total += seconds
            byType[layer.operation.typeName, default: 0] += seconds
            print(String(format: "%-28@ %-14@ %9.1f µs", layer.name as NSString, layer.operation.typeName as NSString, seconds * 1e6))
        }
        _ = outputs
        print(String(format: "sum of layers %.1f µs", total * 1e6))
        for (type, seconds) in byType.sorted(by: { $0.value > $1.value }) {
            print(String(format: "  %-14@ %9.1f µs  %4.1f %%", type as NSString, seconds * 1e6, 100 * seconds / total))
        }
    }
}
