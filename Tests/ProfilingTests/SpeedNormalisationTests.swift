import Profiling
import Randomness
import Testing

/// Quiet-machine time from the speed probes around a measurement (`ProbedSeconds`), and a
/// validation entry built from probed rounds.
@Suite struct SpeedNormalisationTests {
    @Test func handComputedMeasurement() {
        let probe = ProbedSeconds.probeBeside(before: 1.2e-3, after: 1.6e-3)
        #expect(abs(probe - 1.4e-3) < 1e-18)
        let measured = ProbedSeconds(seconds: 3e-3, probeSeconds: probe)
        #expect(abs(measured.normalised(quietProbeSeconds: 1e-3) - 3e-3 / 1.4) < 1e-15)
        #expect(ProbedSeconds(seconds: 3e-3, probeSeconds: 1e-3).normalised(quietProbeSeconds: 1e-3) == 3e-3)
    }

    /// Only the observations whose probe is within the tolerance of the quiet one are kept,
    /// unless none is.
    @Test func nearQuietObservations() {
        let observations = [ProbedSeconds(seconds: 5, probeSeconds: 1.05), ProbedSeconds(seconds: 7, probeSeconds: 1.4),
                            ProbedSeconds(seconds: 4, probeSeconds: 1.1), ProbedSeconds(seconds: 6, probeSeconds: 1.11)]
        #expect(ProbedSeconds.nearQuiet(observations, quietProbeSeconds: 1, tolerance: 1.1).map(\.seconds) == [5, 4])
        #expect(ProbedSeconds.nearQuiet(Array(observations[1...]), quietProbeSeconds: 1, tolerance: 1.05).map(\.seconds) == [7, 4, 6])
        #expect(ProbedSeconds.nearQuiet([], quietProbeSeconds: 1, tolerance: 1.1).isEmpty)
        #expect(ProbedSeconds.nearQuiet(observations, quietProbeSeconds: 1, tolerance: 1.1, minimumCount: 2).map(\.seconds) == [5, 4])
        #expect(ProbedSeconds.nearQuiet(observations, quietProbeSeconds: 1, tolerance: 1.1, minimumCount: 3).map(\.seconds) == [5, 7, 4, 6])
        // Probes 1.0 before and 1.16 after: their mean is within 1.1×, the slower one is not.
        let straddling = ProbedSeconds(seconds: 9, before: 1.0, after: 1.16)
        #expect(abs(straddling.probeSeconds - 1.08) < 1e-12 && straddling.slowerProbeSeconds == 1.16)
        #expect(ProbedSeconds.nearQuiet([straddling] + observations, quietProbeSeconds: 1, tolerance: 1.1).map(\.seconds) == [5, 4])
    }

    /// The median of the probes within the tolerance of the fastest: 1.0, 1.04, 1.05, 1.1 of
    /// 1.0 … 1.6 at 1.1×; the fastest when no probe is that close.
    @Test func typicalQuietProbe() {
        let probes = [1.6, 1.05, 1.0, 1.1, 1.3, 1.04]
        #expect(abs(ProbedSeconds.typicalQuietProbe(probes, fastestSeconds: 1, tolerance: 1.1) - 1.045) < 1e-12)
        #expect(ProbedSeconds.typicalQuietProbe([1.6, 1.3], fastestSeconds: 1, tolerance: 1.1) == 1)
    }

    /// A machine that slows all work alike, by a factor drifting linearly across each
    /// measurement: the normalised time is the quiet time, whatever the slowdown.
    @Test(arguments: [1, 2, 3] as [UInt64]) func uniformSlowdownIsUndoneExactly(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let quietSeconds = 2.5e-3, quietProbe = 1.1e-3
        for _ in 0..<200 {
            let before = Double.random(in: 1...1.8, using: &generator), after = Double.random(in: 1...1.8, using: &generator)
            let measured = ProbedSeconds(seconds: quietSeconds * (before + after) / 2,
                                         probeSeconds: ProbedSeconds.probeBeside(before: before * quietProbe, after: after * quietProbe))
            #expect(abs(measured.normalised(quietProbeSeconds: quietProbe) / quietSeconds - 1) < 1e-12)
        }
    }

    /// The profile's scale, not the validation's: a machine uniformly 10 % faster today than on
    /// the profile's day reports, normalised to the profile's quiet probe, the profile-day time.
    @Test func validationUsesTheProfilesScale() {
        let profileQuietProbe = 1.1e-3, todayQuietProbe = 1e-3, todayQuietSeconds = 2e-3
        let rounds = [1.0, 1.3, 1.7].map { ProbedSeconds(seconds: todayQuietSeconds * $0, probeSeconds: todayQuietProbe * $0) }
        let entry = LatencyValidationResult.Entry(genome: "g", rounds: rounds, quietProbeSeconds: profileQuietProbe, statistic: .median,
                                                  predictedSeconds: 2.2e-3, latencyBasis: .fitted)
        #expect(abs(entry.normalisedSeconds / 2.2e-3 - 1) < 1e-12)
        #expect(abs(entry.measuredSeconds / 2.6e-3 - 1) < 1e-12)
        #expect(entry.normalisedNoise.relativeInterquartileRange < 1e-12)
    }

    @Test func entryFromHandComputedRounds() {
        let rounds = [(2.0, 1.0), (3.0, 1.5), (5.0, 2.0)].map { ProbedSeconds(seconds: $0.0, probeSeconds: $0.1) }
        let entry = LatencyValidationResult.Entry(genome: "g", rounds: rounds, quietProbeSeconds: 1, statistic: .median,
                                                  predictedSeconds: 2, latencyBasis: .fitted)
        #expect(entry.measuredSeconds == 3 && entry.normalisedSeconds == 2)
        #expect(entry.seconds(.raw) == 3 && entry.seconds(.normalised) == 2)
        // Raw sorted 2, 3, 5: IQR (5 − 3) / 3; halves: even rounds 2, 5 (median 3.5), odd 3.
        #expect(abs(entry.noise.relativeInterquartileRange - 2.0 / 3) < 1e-12)
        #expect(abs(entry.noise.halvesRelativeDifference - 0.5 / 3) < 1e-12)
        #expect(entry.noise.evenHalfSeconds == 3.5 && entry.noise.oddHalfSeconds == 3)
        // Normalised 2, 2, 2.5: IQR 0.5 / 2; halves: even 2, 2.5 (median 2.25), odd 2.
        #expect(abs(entry.normalisedNoise.relativeInterquartileRange - 0.25) < 1e-12)
        #expect(abs(entry.normalisedNoise.halvesRelativeDifference - 0.125) < 1e-12)
        let minimum = LatencyValidationResult.Entry(genome: "g", rounds: rounds, quietProbeSeconds: 0.5, statistic: .minimum,
                                                    predictedSeconds: 2, latencyBasis: .fitted)
        #expect(minimum.measuredSeconds == 2 && minimum.normalisedSeconds == 1)
    }

    /// The halves score as a second measurement of the first: here each network's even rounds
    /// rank the networks in the reverse order of their odd rounds.
    @Test func halvesScoreOneHalfAgainstTheOther() {
        let entries = [[1.0, 3.0], [2.0, 2.2], [3.0, 1.0]].map { seconds in
            LatencyValidationResult.Entry(genome: "g", rounds: seconds.map { ProbedSeconds(seconds: $0, probeSeconds: 1) },
                                          quietProbeSeconds: 1, statistic: .median, predictedSeconds: 2, latencyBasis: .fitted)
        }
        let result = LatencyValidationResult(entries: entries, threads: 1, clock: .processCPU, statistic: .median, rounds: 2,
                                             seconds: 1, speedRatio: 1, slowedShare: 0, quietProbeSeconds: 1, quietProbeFromProfile: true)
        let halves = result.halvesQuality(.raw)
        #expect(abs(halves.spearman + 1) < 1e-12)
        #expect(abs(halves.mape - (2.0 / 3 + 0.2 / 2.2 + 2) / 3) < 1e-12)
        #expect(abs(halves.within10 - 1.0 / 3) < 1e-12)
    }

    @Test func gateTimesTheBodyBetweenTwoProbes() {
        let gate = QuietGate(probe: SpeedProbe(clock: .wall, runs: 1), maxWaitSeconds: 0)
        var calls = 0
        let (value, probe) = gate.probed { calls += 1; return 7 }
        #expect(value == 7 && calls == 1)
        #expect(gate.measurements == 1)
        #expect(probe > 0 && gate.quietSeconds <= probe)
    }
}
