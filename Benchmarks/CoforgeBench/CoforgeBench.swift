import ArgumentParser

/// Measurements for Benchmarks/README.md. Each subcommand prints Coforge's figure and the peer's
/// figure from the same run, with their ratio.
@main
struct CoforgeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coforge-bench",
        abstract: "Speed and quality measurements of Coforge against its peers.",
        subcommands: [
            GEMMEfficiency.self, TrainThroughput.self, InferenceLatency.self, NB201Rank.self, NetworkJSON.self, LayerTimes.self,
            NB201Search.self, HypervolumeTiming.self, SpeedUniformity.self, KernelCoverage.self,
        ])
}
