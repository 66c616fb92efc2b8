import CostModels
import Foundation
import Profiling

/// The summary `coforge profile` prints on standard error: measured peak, bandwidths, overhead,
/// each kernel class's model and the seconds of each phase.
struct ProfileRunReport {
    var run: ProfileRun
    var settings: ProfilerSettings

    var text: String {
        var lines = ["profile of \(run.profile.name): \(settings.threads) thread(s), \(settings.clock.rawValue) clock, OpenBLAS \(run.facts.blasCore)"]
        let best = run.gemm.max { $0.flopsPerSecond < $1.flopsPerSecond }
        if let best, let cpu = run.profile.cpu {
            lines.append(String(format: "sgemm peak   %.1f GFLOP/s (%dx%dx%d) = %.1f FLOPs/cycle/core",
                                best.flopsPerSecond / 1e9, best.m, best.n, best.k, cpu.peakFLOPsPerCyclePerCore.value))
        }
        for level in run.bandwidths {
            lines.append("triad \(level.level.padding(toLength: 6, withPad: " ", startingAt: 0))" + String(format: "%7.1f GB/s", level.bytesPerSecond / 1e9)
                         + " (working set \(Format.bytes(level.workingSetBytes)))")
        }
        lines.append(String(format: "layer overhead %.2f µs", run.layerOverheadSeconds * 1e6))
        lines.append(String(format: "quiet gate    waited %.1f s; %.1f %% of kernel measurements on a slowed machine",
                            run.gateSeconds, run.slowedShare * 100))
        if let kernels = run.phaseSeconds.first(where: { $0.phase == "kernels" })?.seconds, run.gateSeconds > kernels / 2 {
            lines.append(String(format: "warning       the machine was busy: %.0f %% of the kernel phase went to waiting for quiet, so fewer kernels "
                                + "and networks were timed; profile again when it is quieter", 100 * run.gateSeconds / kernels))
        }
        let slowdowns = run.slowdowns.sorted()
        if !slowdowns.isEmpty {
            lines.append(String(format: "speed         probe beside the kernel measurements at %.3f× the typical quiet probe (median; 90th percentile %.3f×, max %.3f×); kernel times divided by it",
                                RepeatedTiming.median(slowdowns), slowdowns[Int(0.9 * Double(slowdowns.count - 1))], slowdowns.last!))
        }
        if !run.networkCounts.isEmpty {
            lines.append("networks      " + run.networkCounts.map { "\($0.space) \($0.networks) (" + String(format: "%.1f s", $0.seconds) + ")" }.joined(separator: ", ")
                         + String(format: " timed in place in %.1f s; isolated kernels %.1f s", run.networkSeconds, run.isolatedSeconds))
        }
        var rows = [["kernel", "samples", "form", "held-out MARE"]]
        for (key, model) in (run.profile.cpu?.kernelModels?.entries ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows.append([key, String(model.sampleCount), model.form.rawValue + (model.neighbourCount.map { " k=\($0)" } ?? ""),
                         String(format: "%.1f %%", model.meanAbsoluteRelativeError * 100)])
        }
        lines.append(Format.table(rows, leftColumns: 1))
        lines.append("seconds: " + run.phaseSeconds.map { "\($0.phase) " + String(format: "%.1f", $0.seconds) }.joined(separator: ", ")
                     + String(format: "; total %.1f", run.totalSeconds))
        return lines.joined(separator: "\n")
    }
}
