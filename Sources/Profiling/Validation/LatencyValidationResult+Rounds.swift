import CostModels

extension LatencyValidationResult.Entry {
    /// A network's entry from its rounds: `statistic` over the raw rounds and over the rounds in
    /// quiet-machine time on the scale of `quietProbeSeconds`, with each one's noise; every
    /// timed round (`timedRounds`, of which `rounds` are the ones used) is kept for the report.
    ///
    /// - Complexity: O(r log r) for r rounds.
    public init(genome: String, rounds: [ProbedSeconds], timedRounds: [ProbedSeconds]? = nil, quietProbeSeconds: Double,
                statistic: TimingStatistic, predictedSeconds: Double, latencyBasis: CostEstimate.LatencyBasis) {
        let raw = rounds.map(\.seconds), normalised = rounds.map { $0.normalised(quietProbeSeconds: quietProbeSeconds) }
        self.init(genome: genome, measuredSeconds: statistic.summarise(raw), normalisedSeconds: statistic.summarise(normalised),
                  predictedSeconds: predictedSeconds, noise: MeasurementNoise(raw), normalisedNoise: MeasurementNoise(normalised),
                  latencyBasis: latencyBasis)
        self.timedRounds = timedRounds ?? rounds
    }
}
