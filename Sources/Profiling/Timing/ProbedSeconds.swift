/// A timed measurement together with the speed probe timed immediately around it, and its
/// value in quiet-machine time.
///
/// On a machine whose speed drifts (a shared VM whose host runs other tenants) and where a
/// slowdown stretches all work by the same factor s(t) — which `coforge-bench speed-uniformity`
/// checks per kernel class — a measurement taken at speed s lasts `t = s · t_quiet` and the
/// `SpeedProbe` next to it `p = s · p_quiet`, so `t_quiet = t × p_quiet / p`. The probe beside
/// the measurement is the mean of the probes just before and just after it (the slowdown taken
/// as linear over the measurement). Expressed in probe units (`t / p`), a measurement can be put
/// on any reference scale afterwards: the profile stores its quiet probe
/// (`cpu.speedProbeSeconds`), so that a later validation uses the profile's scale.
public struct ProbedSeconds: Sendable, Hashable, Codable {
    /// Measured seconds, as the clock read them.
    public var seconds: Double
    /// The speed probe's seconds beside the measurement.
    public var probeSeconds: Double
    /// The slower of the probes before and after the measurement: whether the machine was quiet
    /// throughout (`nearQuiet`) asks both, since their mean can hide a slowdown that began or
    /// ended during the measurement.
    public var slowerProbeSeconds: Double

    public init(seconds: Double, probeSeconds: Double, slowerProbeSeconds: Double? = nil) {
        self.seconds = seconds
        self.probeSeconds = probeSeconds
        self.slowerProbeSeconds = slowerProbeSeconds ?? probeSeconds
    }

    /// A measurement between the probes `before` and `after` it.
    public init(seconds: Double, before: Double, after: Double) {
        self.init(seconds: seconds, probeSeconds: Self.probeBeside(before: before, after: after), slowerProbeSeconds: max(before, after))
    }

    /// The probe beside a measurement: the mean of the probes before and after it.
    public static func probeBeside(before: Double, after: Double) -> Double {
        (before + after) / 2
    }

    /// The measurement in quiet-machine time: `seconds × quietProbeSeconds / probeSeconds`.
    public func normalised(quietProbeSeconds: Double) -> Double {
        seconds * quietProbeSeconds / probeSeconds
    }
}
