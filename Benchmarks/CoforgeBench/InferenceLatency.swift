import ArgumentParser
import Engine
import ModelZoo
import Platform
import Randomness

/// Batch-1 inference latency of a zoo network on the Engine (batch norm folded into the
/// preceding convolutions, as onnxruntime does). `Benchmarks/scripts/inference_latency.py`
/// runs this next to onnxruntime.
struct InferenceLatency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inference-latency", abstract: "Median batch-1 inference latency of a zoo network.")

    @Option(help: "Zoo model name.") var model = "resnet8"
    @Option(help: "Worker threads for the Engine and OpenBLAS.") var threads = 2
    @Option(help: "Measured runs.") var repeats = 200
    @Option(help: "Unmeasured warm-up runs.") var warmup = 20
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        EngineThreads.count = threads
        let network = try Zoo.network(named: model, resolution: nil, classes: nil)
        var generator = SeededGenerator(seed: 1)
        let engine = Model(network: network, using: &generator).fusedForInference()
        let input = randomInput(for: network, batch: 1, using: &generator)
        let seconds = medianSeconds(warmup: warmup, repeats: repeats) { _ = engine.predict(input) }
        if json {
            try printJSON(["latencySeconds": seconds, "threads": threads, "blasCore": BLAS.coreName, "model": model])
        } else {
            print("\(model) batch 1, \(threads) threads, OpenBLAS \(BLAS.coreName): \(seconds * 1e3) ms (median of \(repeats))")
        }
    }
}
