import ArgumentParser
import Engine
import ModelZoo
import NetworkIR
import Randomness

/// The options and set-up the per-network Engine benchmarks share: a zoo network, the thread
/// count, a model initialised from seed 1 and a random input batch from the same generator.
struct ZooBenchSetup: ParsableArguments {
    @Option(help: "Zoo model name.") var model = "resnet8"
    @Option(help: "Worker threads for the Engine and OpenBLAS.") var threads = 2
    @Option(help: "Least multiply-adds per piece of a batch-1 direct convolution split over threads (default: ConvolutionTuning's).")
    var pieceMultiplyAdds: Int?

    func prepare(batch: Int) throws -> (network: Network, model: Model, input: Tensor) {
        EngineThreads.count = threads
        if let pieceMultiplyAdds { ConvolutionTuning.minimumPieceMultiplyAdds = pieceMultiplyAdds }
        let network = try Zoo.network(named: model, resolution: nil, classes: nil)
        var generator = SeededGenerator(seed: 1)
        let engine = Model(network: network, using: &generator)
        return (network, engine, randomInput(for: network, batch: batch, using: &generator))
    }
}
