extension ProbedSeconds {
    /// The observations taken with the machine near its quiet speed (probe ≤ `tolerance` ×
    /// `quietProbeSeconds`), or all of them when none was.
    ///
    /// Normalising by the probe assumes every kernel slows as the probe does, but on this shared
    /// machine convolutions slow by about 0.8 powers of the probe's slowdown (`coforge-bench
    /// speed-uniformity`), so a kernel timed at a 1.4× slowdown comes out about 6 % too fast
    /// after normalisation. Where a kernel was also timed near quiet speed, those observations
    /// alone are summarised; the quiet gate's `tolerance` is the natural bound.
    ///
    /// - Complexity: O(observations).
    public static func nearQuiet(_ observations: [ProbedSeconds], quietProbeSeconds: Double, tolerance: Double) -> [ProbedSeconds] {
        let near = observations.filter { $0.probeSeconds <= tolerance * quietProbeSeconds }
        return near.isEmpty ? observations : near
    }
}
