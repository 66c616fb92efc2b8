/// Which measured times a latency validation scores the model against.
public enum TimeScale: String, Sendable, Hashable, CaseIterable, Codable {
    /// As the clock read them, whatever the machine's speed at the moment.
    case raw
    /// In quiet-machine time on the profile's scale (`ProbedSeconds`): each round's time × the
    /// profile's `cpu.speedProbeSeconds` / the speed probe timed around the round.
    case normalised
}
