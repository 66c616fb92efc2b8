import ArgumentParser
import CostModels
import Engine
import Foundation
import Profiling

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Measure this machine into a CPU hardware profile with fitted kernel latency models.",
        discussion: """
            Reads the topology (hwloc), memory size, CPU model and OpenBLAS core; measures sgemm \
            over a grid (compute peak), the triad per memory level (bandwidths), the Engine's \
            per-layer overhead and its kernels at batch 1 exactly as inference runs them \
            (batch norm folded, ReLU fused), sampled from the search spaces' networks, at random \
            and adaptively where the fit is worst; fits per kernel class the model that predicts \
            held-out kernels best (logLinear or table) and writes the profile atomically. \
            About 3 minutes; --quick about 30 seconds. Progress on stderr.

            Examples:
              coforge profile --out HardwareProfiles/this-machine.yaml --from HardwareProfiles/this-machine.yaml
              coforge profile --quick --threads 1 --out /tmp/quick.yaml
            """)

    @Option(help: "Write the profile here (atomically); default: standard output.")
    var out: String?

    @Option(help: "Engine threads for the kernel measurements; default: OpenBLAS's thread count.")
    var threads: Int?

    @Flag(help: "About 30 seconds instead of about 3 minutes.")
    var quick = false

    @Option(help: "A profile whose name, description, clocks and power (with their sources) are kept.")
    var from: String?

    @OptionGroup var timing: TimingOptions

    @Option(help: "Seconds of kernel measurements, overriding the preset (160, --quick 20).")
    var kernelSeconds: Double?

    @Option(help: "Longest wait in seconds for a quiet machine before each kernel measurement (default 2).")
    var quietWait: Double?

    @Option(help: "Networks drawn ahead per search space; the one adding the largest share of kernel shapes not yet timed is measured next (default 400; 1: plain draws).")
    var coveragePool: Int?

    @Option(help: "Seconds of one space's networks timed in turn after one wait for a quiet machine (default 0.1).")
    var networkBatch: Double?

    @Option(help: "Seed of the sampled kernel configurations and weights.")
    var seed: UInt64 = 1

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        try timing.check(threads: threads ?? EngineThreads.count)
        if let kernelSeconds, !(kernelSeconds > 0) { throw ValidationError("--kernel-seconds must be positive, got \(kernelSeconds)") }
        if let quietWait, !(quietWait >= 0) { throw ValidationError("--quiet-wait must be at least 0 seconds, got \(quietWait)") }
        if let networkBatch, !(networkBatch >= 0) { throw ValidationError("--network-batch must be at least 0 seconds, got \(networkBatch)") }
        if let coveragePool, coveragePool < 1 {
            throw ValidationError("--coverage-pool must be at least 1, got \(coveragePool)")
        }
    }

    func run() throws {
        let template = try from.map(ProfileLocator.load)
        let threads = threads ?? EngineThreads.count
        var settings = quick ? ProfilerSettings.quick(threads: threads, clock: timing.clock)
            : .standard(threads: threads, clock: timing.clock)
        settings.seed = seed
        settings.timing.statistic = timing.statistic
        if let kernelSeconds { settings.kernelBudgetSeconds = kernelSeconds }
        if let quietWait { settings.quietWaitSeconds = quietWait }
        if let coveragePool { settings.coveragePoolSize = coveragePool }
        if let networkBatch { settings.networkBatchSeconds = networkBatch }
        let profiler = MachineProfiler(settings: settings, template: template, command: Self.commandLine, date: Self.today)
        let bar = ProgressBar()
        let run: ProfileRun
        do { run = try profiler.run { bar.update($1, label: $0) } } catch let error as ProfilerError { throw CommandError(error.description) }
        if let out {
            do { try run.profile.write(to: URL(fileURLWithPath: out)) } catch { throw CommandError("\(error)") }
        } else {
            print(try run.profile.yamlText(), terminator: "")
        }
        Progress.line(ProfileRunReport(run: run, settings: settings).text)
    }

    static var commandLine: String {
        (["coforge"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
    }

    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
