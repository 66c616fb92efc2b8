import Foundation
import Profiling

/// What `coforge validate-latency` prints: the quality figures next to the measurement noise.
struct ValidationReport {
    var result: LatencyValidationResult
    var space: String
    var profile: String

    struct Noise: Encodable {
        var medianRelativeInterquartileRange: Double
        var medianHalvesRelativeDifference: Double
        var halvesWithin10: Double
    }

    struct Document: Encodable {
        var mape: Double, within10: Double, spearman: Double, kendall: Double
        var count: Int
        var noise: Noise
        var speedRatio: Double?
        var slowedShare: Double
        var space: String, profile: String, clock: String, statistic: String
        var threads: Int, rounds: Int
        var seconds: Double
        var networks: [LatencyValidationResult.Entry]
    }

    var noise: Noise {
        Noise(medianRelativeInterquartileRange: result.medianRelativeInterquartileRange,
              medianHalvesRelativeDifference: result.medianHalvesRelativeDifference, halvesWithin10: result.halvesWithin10)
    }

    func json() throws -> String {
        let q = result.quality
        let document = Document(mape: q.mape, within10: q.within10, spearman: q.spearman, kendall: q.kendall, count: q.count,
                                noise: noise, speedRatio: result.speedRatio, slowedShare: result.slowedShare, space: space, profile: profile, clock: result.clock.rawValue, statistic: result.statistic.rawValue,
                                threads: result.threads, rounds: result.rounds, seconds: result.seconds, networks: result.entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    var text: String {
        let q = result.quality
        let percent = { (x: Double) in String(format: "%.1f %%", x * 100) }
        let measured = result.entries.map(\.measuredSeconds)
        return """
            \(space): \(q.count) networks on \(profile), \(result.threads) thread(s), \(result.clock.rawValue) clock, \(result.statistic.rawValue) of \(result.rounds) rounds
            measured      \(String(format: "%.3f", (measured.min() ?? 0) * 1e3)) to \(String(format: "%.3f", (measured.max() ?? 0) * 1e3)) ms
            MAPE          \(percent(q.mape))
            within ±10 %  \(percent(q.within10))
            Spearman      \(String(format: "%.4f", q.spearman))   (Kendall τ \(String(format: "%.4f", q.kendall)))
            noise         repeats' median relative IQR \(percent(noise.medianRelativeInterquartileRange)); odd/even-round medians differ by \(percent(noise.medianHalvesRelativeDifference)) (median), agree within ±10 % for \(percent(noise.halvesWithin10))
            seconds       \(String(format: "%.1f", result.seconds))
            """ + speedLines + kernelTable
    }

    /// The machine's speed against the profile's, and the rounds timed on a slowed machine.
    var speedLines: String {
        let slowed = "; \(String(format: "%.1f %%", result.slowedShare * 100)) of rounds timed on a slowed machine (no quiet probe within 2 s)"
        guard let ratio = result.speedRatio else {
            return "\nspeed         the profile has no cpu.speedProbeSeconds" + slowed
        }
        return "\nspeed         speed probe at \(String(format: "%.3f", ratio))× the profile's quiet probe (median over rounds)" + slowed
    }

    /// Measured in the pass against predicted seconds per kernel class, when broken down.
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
