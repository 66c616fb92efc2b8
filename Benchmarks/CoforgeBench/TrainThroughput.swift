import ArgumentParser
import Engine
import Platform
import Randomness

/// Training throughput of a zoo network on the Engine: one step is forward (training mode),
/// softmax cross-entropy, backward and an SGD update (momentum 0.9, weight decay 5e-4) on a
/// fixed random batch — the same step `Benchmarks/scripts/train_throughput.py` times in PyTorch.
struct TrainThroughput: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-throughput", abstract: "Training images per second of a zoo network.")

    @OptionGroup var setup: ZooBenchSetup
    @Option(help: "Batch size.") var batch = 64
    @Option(help: "Measured steps.") var steps = 30
    @Option(help: "Unmeasured warm-up steps.") var warmup = 5
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let (network, initial, input) = try setup.prepare(batch: batch)
        var engine = initial
        let (threads, model) = (setup.threads, setup.model)
        var generator = SeededGenerator(seed: 2)
        let classes = network.shapes[engine.logitsIndex].channels
        let labels = (0..<batch).map { _ in Int32.random(in: 0..<Int32(classes), using: &generator) }
        var optimizer = SGD(momentum: 0.9, weightDecay: 5e-4)
        let specs = engine.kernels.map(\.parameterSpecs)
        let loss = SoftmaxCrossEntropy()
        let logitsIndex = engine.logitsIndex
        let seconds = medianSeconds(warmup: warmup, repeats: steps) {
            let tape = engine.forward(input, mode: .training, upTo: logitsIndex)
            let result = loss.evaluate(logits: tape.outputs[logitsIndex], labels: labels)
            let gradients = engine.backward(tape: tape, outputGradient: result.logitsGradient).parameters
            optimizer.step(parameters: &engine.parameters, gradients: gradients, specs: specs, learningRate: 0.01)
        }
        let imagesPerSecond = Double(batch) / seconds
        if json {
            try printJSON([
                "imagesPerSecond": imagesPerSecond, "stepSeconds": seconds, "batch": batch, "threads": threads,
                "blasCore": BLAS.coreName, "engineKernels": EngineKernels.instructionSet, "model": model,
            ])
        } else {
            print("\(model) batch \(batch), \(threads) threads, OpenBLAS \(BLAS.coreName), Engine kernels \(EngineKernels.instructionSet): \(imagesPerSecond) images/s")
        }
    }
}
