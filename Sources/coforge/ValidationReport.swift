import Foundation
import Profiling

/// What `coforge validate-latency` prints: the quality figures next to the measurement noise,
/// headline (`LatencyValidationResult.headline`: raw at the quiet speed, else normalised) and
/// per time scale.
struct ValidationReport {
    var result: LatencyValidationResult
    var space: String
    var profile: String

    struct Noise: Encodable {
        var medianRelativeInterquartileRange: Double
        var medianHalvesRelativeDifference: Double
        var halvesWithin10: Double
        /// Spearman's ρ of the networks' even-round medians against their odd-round ones.
        var halvesSpearman: Double
    }

    /// The figures on one time scale.
    struct Scored: Encodable {
        var mape: Double, within10: Double, spearman: Double, kendall: Double
        var noise: Noise
    }

    struct Document: Encodable {
        var mape: Double, within10: Double, spearman: Double, kendall: Double
        var count: Int
        var noise: Noise
        /// The time scale of the top-level figures.
        var headline: String
        var raw: Scored, normalised: Scored
        var speedRatio: Double
        var quietProbeSeconds: Double
        var quietProbeFrom: String
        var slowedShare: Double
        var nearQuietShare: Double
        var space: String, profile: String, clock: String, statistic: String
        var threads: Int, rounds: Int
        var seconds: Double
        var networks: [LatencyValidationResult.Entry]
    }

    func noise(_ scale: TimeScale) -> Noise {
        Noise(medianRelativeInterquartileRange: result.medianRelativeInterquartileRange(scale),
              medianHalvesRelativeDifference: result.medianHalvesRelativeDifference(scale), halvesWithin10: result.halvesWithin10(scale),
              halvesSpearman: result.halvesQuality(scale).spearman)
    }

    func scored(_ scale: TimeScale) -> Scored {
        let q = result.quality(scale)
        return Scored(mape: q.mape, within10: q.within10, spearman: q.spearman, kendall: q.kendall, noise: noise(scale))
    }

    func json() throws -> String {
        let headline = scored(result.headline)
        let document = Document(mape: headline.mape, within10: headline.within10, spearman: headline.spearman, kendall: headline.kendall,
                                count: result.entries.count, noise: headline.noise, headline: result.headline.rawValue,
                                raw: scored(.raw), normalised: scored(.normalised), speedRatio: result.speedRatio,
                                quietProbeSeconds: result.quietProbeSeconds, quietProbeFrom: result.quietProbeFromProfile ? "profile" : "validation",
                                slowedShare: result.slowedShare, nearQuietShare: result.nearQuietShare, space: space, profile: profile, clock: result.clock.rawValue,
                                statistic: result.statistic.rawValue, threads: result.threads, rounds: result.rounds,
                                seconds: result.seconds, networks: result.entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    var text: String {
        let percent = { (x: Double) in String(format: "%.1f %%", x * 100) }
        let measured = result.entries.map(\.measuredSeconds)
        var rows = [["time scale", "MAPE", "within ±10 %", "Spearman", "Kendall τ", "repeats' IQR", "halves within ±10 %", "halves' Spearman"]]
        for scale in [result.headline] + TimeScale.allCases.filter({ $0 != result.headline }) {
            let s = scored(scale)
            rows.append([scale.rawValue + (scale == result.headline ? " (headline)" : ""), percent(s.mape), percent(s.within10),
                         String(format: "%.4f", s.spearman), String(format: "%.4f", s.kendall),
                         percent(s.noise.medianRelativeInterquartileRange), percent(s.noise.halvesWithin10),
                         String(format: "%.4f", s.noise.halvesSpearman)])
        }
        return """
            \(space): \(result.entries.count) networks on \(profile), \(result.threads) thread(s), \(result.clock.rawValue) clock, \(result.statistic.rawValue) of \(result.rounds) rounds
            measured      \(String(format: "%.3f", (measured.min() ?? 0) * 1e3)) to \(String(format: "%.3f", (measured.max() ?? 0) * 1e3)) ms (raw)
            seconds       \(String(format: "%.1f", result.seconds))

            """ + Format.table(rows, leftColumns: 1) + speedLines + kernelTable
    }

    /// The machine's speed against the profile's, and the rounds timed on a slowed machine.
    var speedLines: String {
        let from = result.quietProbeFromProfile ? "the profile's quiet probe" : "this run's quietest probe (the profile has no cpu.speedProbeSeconds)"
        let headline = result.headline == .raw
            ? String(format: "within the quiet gate's %.2f×: headline on the raw times", result.quietTolerance)
            : String(format: "beyond the quiet gate's %.2f×: headline on the normalised times", result.quietTolerance)
        return "\nspeed         speed probe at \(String(format: "%.3f", result.speedRatio))× \(from) (median over the passes used), \(headline); "
            + "\(String(format: "%.1f %%", result.slowedShare * 100)) of rounds timed on a slowed machine (no quiet probe within 2 s), "
            + "\(String(format: "%.1f %%", result.nearQuietShare * 100)) of passes near quiet speed"
    }

    /// Measured in the pass (quiet-machine time) against predicted seconds per kernel class, when broken down.
    var kernelTable: String {
        guard !result.kernelTotals.isEmpty else { return "" }
        var rows = [["kernel", "layers", "measured ms", "predicted ms", "predicted/measured"]]
        for (kernel, totals) in result.kernelTotals.sorted(by: { $0.value.measuredSeconds > $1.value.measuredSeconds }) {
            rows.append([kernel.rawValue, String(totals.layers), String(format: "%.3f", totals.measuredSeconds * 1e3),
                         String(format: "%.3f", totals.predictedSeconds * 1e3),
                         String(format: "%.3f", totals.predictedSeconds / totals.measuredSeconds)])
        }
        return "\n\n" + Format.table(rows, leftColumns: 1)
    }
}
