import Foundation

/// The clock a measurement reads.
///
/// `wall` is latency as a user sees it. `processCPU` is the CPU time of this process
/// (`CLOCK_PROCESS_CPUTIME_ID`): at one thread it equals the wall time on an idle machine and
/// leaves out the time the scheduler gives to other processes on a shared one, so it separates
/// the model's error from other jobs' interference. At more threads it sums the threads' times
/// and is not a latency, so the profiler and the validation accept it only at one thread.
public enum TimingClock: String, Sendable, Hashable, CaseIterable, Codable {
    case wall
    case processCPU = "cpu"

    /// Seconds since an arbitrary origin.
    public func now() -> Double {
        var time = timespec()
        clock_gettime(self == .wall ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Seconds `body` takes on this clock.
    @inline(__always)
    public func seconds(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }
}
