extension ProbedSeconds {
    /// Whether both probes beside the measurement were within `tolerance` of the quiet probe.
    public func isNearQuiet(quietProbeSeconds: Double, tolerance: Double) -> Bool {
        slowerProbeSeconds <= tolerance * quietProbeSeconds
    }

    /// The observations taken with the machine near its quiet speed (both probes beside them ≤
    /// `tolerance` × `quietProbeSeconds`), or all of them when fewer than `minimumCount` were.
    ///
    /// Normalising by the probe assumes every kernel slows as the probe does, but on this shared
    /// machine convolutions slow by about 0.8 powers of the probe's slowdown (`coforge-bench
    /// speed-uniformity`), so a kernel timed at a 1.4× slowdown comes out about 6 % too fast
    /// after normalisation. Where a kernel was also timed near quiet speed, those observations
    /// alone are summarised; the quiet gate's `tolerance` is the natural bound.
    ///
    /// - Complexity: O(observations).
    public static func nearQuiet(_ observations: [ProbedSeconds], quietProbeSeconds: Double, tolerance: Double,
                                 minimumCount: Int = 1) -> [ProbedSeconds] {
        let near = observations.filter { $0.isNearQuiet(quietProbeSeconds: quietProbeSeconds, tolerance: tolerance) }
        return near.count < max(1, minimumCount) ? observations : near
    }
}

extension ProbedSeconds {
    /// The probe of the quiet machine as it typically runs: the median of the `probes` within
    /// `tolerance` of the fastest one (`fastestSeconds`), or the fastest when none is.
    ///
    /// The fastest probe of thousands is the luckiest draw of the probe's own noise, about 4 %
    /// below its typical quiet value here (`coforge profile`'s speed line); quiet-machine time
    /// on that scale would put every measurement taken at the quiet speed a few per cent above
    /// the profile's kernels, so the scale is the typical quiet probe instead.
    ///
    /// - Complexity: O(n log n) for n probes.
    public static func typicalQuietProbe(_ probes: [Double], fastestSeconds: Double, tolerance: Double) -> Double {
        let near = probes.filter { $0 <= tolerance * fastestSeconds }
        return near.isEmpty ? fastestSeconds : RepeatedTiming.median(near)
    }
}
