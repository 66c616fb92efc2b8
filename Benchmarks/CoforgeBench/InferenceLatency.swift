import ArgumentParser
import Engine
import Platform

/// Batch-1 inference latency of a zoo network on the Engine (batch norm folded into the
/// preceding convolutions, as onnxruntime does). `Benchmarks/scripts/inference_latency.py`
/// runs this next to onnxruntime.
struct InferenceLatency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inference-latency", abstract: "Median batch-1 inference latency of a zoo network.")

    @OptionGroup var setup: ZooBenchSetup
    @Option(help: "Measured runs.") var repeats = 200
    @Option(help: "Unmeasured warm-up runs.") var warmup = 20
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (_, unfused, input) = try setup.prepare(batch: 1)
        let engine = unfused.fusedForInference()
        let (threads, model) = (setup.threads, setup.model)
        let seconds = medianSeconds(warmup: warmup, repeats: repeats) { _ = engine.predict(input) }
        if json {
            try printJSON(["latencySeconds": seconds, "threads": threads, "blasCore": BLAS.coreName, "engineKernels": EngineKernels.instructionSet, "model": model])
        } else {
            print("\(model) batch 1, \(threads) threads, OpenBLAS \(BLAS.coreName), Engine kernels \(EngineKernels.instructionSet): \(seconds * 1e3) ms (median of \(repeats))")
        }
    }
}
