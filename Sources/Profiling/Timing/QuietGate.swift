import Foundation

/// Holds measurements back until the machine runs at its quiet speed.
///
/// On this shared development machine (a 2-vCPU guest whose host runs other jobs) the same
/// network's CPU time switches between a quiet speed and a slowed one, up to 1.8× slower, in
/// episodes of a second to minutes; whole-network medians then differ by more than any model
/// error. Before each measurement the gate times the `SpeedProbe`; while the probe takes more than
/// `tolerance` × the quiet probe (the fastest seen, or a profile's `cpu.speedProbeSeconds` if that
/// is faster), it sleeps 20 ms and probes again, for at most `maxWaitSeconds`, after which the
/// measurement goes ahead and counts as `slowed`. The profile and a later validation thus both
/// measure the quiet machine, and the validation reports how much of it was not.
public final class QuietGate {
    public let probe: SpeedProbe
    public let tolerance: Double
    public let maxWaitSeconds: Double
    /// The quiet probe: the fastest probe seen so far.
    public private(set) var quietSeconds: Double
    public private(set) var measurements = 0
    /// Measurements that went ahead after `maxWaitSeconds` without a quiet probe.
    public private(set) var slowed = 0
    /// Seconds spent in `waitForQuiet` (probes included).
    public private(set) var waitedSeconds = 0.0

    public init(probe: SpeedProbe, tolerance: Double = 1.1, maxWaitSeconds: Double = 2, quietSeconds: Double = .infinity) {
        self.probe = probe
        self.tolerance = tolerance
        self.maxWaitSeconds = maxWaitSeconds
        self.quietSeconds = quietSeconds
    }

    /// Waits for a quiet probe (or gives up after `maxWaitSeconds`); returns the last probe's seconds.
    @discardableResult
    public func waitForQuiet() -> Double {
        let wall = TimingClock.wall, start = wall.now()
        defer { waitedSeconds += wall.now() - start }
        measurements += 1
        while true {
            let seconds = probe.seconds()
            quietSeconds = min(quietSeconds, seconds)
            if seconds <= tolerance * quietSeconds { return seconds }
            if wall.now() - start >= maxWaitSeconds {
                slowed += 1
                return seconds
            }
            usleep(20_000)
        }
    }

    /// `body` between two probes: first `waitForQuiet()`, then `body`, then one more probe; with
    /// the mean of the two probes (`ProbedSeconds`). The later probe counts towards the quiet one.
    public func probed<Value>(_ body: () throws -> Value) rethrows -> (value: Value, probeSeconds: Double) {
        let before = waitForQuiet()
        let value = try body()
        return (value, ProbedSeconds.probeBeside(before: before, after: probeNow()))
    }

    /// Timings of `items` in turn after one `waitForQuiet()`, with a probe after each, so that
    /// every timing lies between two probes (the one after an item is the one before the next).
    public func probedInTurn<Item>(_ items: some Sequence<Item>, _ seconds: (Item) throws -> Double) rethrows -> [ProbedSeconds] {
        var before = waitForQuiet()
        return try items.map { item in
            let measured = try seconds(item), after = probeNow()
            defer { before = after }
            return ProbedSeconds(seconds: measured, before: before, after: after)
        }
    }

    /// One probe now, without waiting; it counts towards the quiet probe.
    func probeNow() -> Double {
        let seconds = probe.seconds()
        quietSeconds = min(quietSeconds, seconds)
        return seconds
    }

    /// Share of measurements taken without a quiet probe.
    public var slowedShare: Double { measurements == 0 ? 0 : Double(slowed) / Double(measurements) }
}
