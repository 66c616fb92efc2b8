import ArgumentParser
import Profiling

/// How `profile` and `validate-latency` read and summarise their timings.
struct TimingOptions: ParsableArguments {
    @Option(help: "wall, or cpu (process CPU time: leaves out what other processes take from a busy machine; one thread only).")
    var clock: TimingClock = .wall

    @Option(help: "Summary of repeated timings: median, or minimum (the uncontended time on a shared machine).")
    var statistic: TimingStatistic = .median

    /// The clock needs one thread when it is the process's CPU time, which sums the threads'.
    func check(threads: Int) throws {
        if clock == .processCPU, threads != 1 {
            throw ValidationError("--clock cpu sums the threads' CPU time; it needs one thread, got \(threads)")
        }
    }
}

extension TimingClock: ExpressibleByArgument {}
extension TimingStatistic: ExpressibleByArgument {}
