import ArgumentParser
import CostModels
import Foundation
import Profiling
import SearchSpaces

struct ValidateLatencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate-latency",
        abstract: "Measure random networks of a space on the Engine and score the CPU cost model's predictions.",
        discussion: """
            Builds --samples seeded random networks of the space, times each at batch 1 on the \
            Engine as inference runs it (fused), all timed round-robin (--group-size; warm-up, \
            then the median of --rounds rounds), predicts each with the profile's CPU cost model \
            at the same thread count, and prints MAPE, the share within ±10 % and Spearman's ρ \
            (--json: {"mape", "within10", "spearman", …}, shares as fractions), with the \
            measurement noise beside them: the median relative interquartile range of a \
            network's repeats, and the even-round medians scored against the odd-round ones \
            (share within ±10 % and Spearman: about the best any model can score against this \
            noise).

            Each round is timed between two runs of a fixed speed probe. Normalised times are \
            in quiet-machine time: each round's time × the profile's cpu.speedProbeSeconds / \
            the probe beside it, which takes out the drift of a shared machine's speed. As the \
            profile's kernels, a network's figure uses only its rounds timed near quiet speed \
            (probe within 1.1× the profile's) when at least three were; more rounds are timed \
            (up to 3× --rounds) while some network has fewer than half of --rounds such rounds \
            ("nearQuietShare": the share of passes near quiet speed). The headline figures (the top-level JSON keys; "headline" names the scale) are the raw \
            ones when the machine ran at its quiet speed (median probe within 1.1× the \
            profile's, the quiet gate's tolerance), else the normalised ones; both scales are \
            always under "raw" and "normalised".

            Example:
              coforge validate-latency --profile HardwareProfiles/this-machine.yaml --space nb201 --samples 100
            """)

    @Option(help: "CPU hardware profile with kernel models: a YAML file or a profile id.")
    var profile: String

    @Option(help: "Search space: \(SearchSpaceCatalog.names.joined(separator: ", ")).")
    var space: String

    @Option(help: "Random networks to measure.")
    var samples = 100

    @Option(help: "Seed of the networks and their weights.")
    var seed: UInt64 = 1

    @Option(help: "Engine threads; default: the thread count of the profile's kernel models.")
    var threads: Int?

    @OptionGroup var timing: TimingOptions

    @Option(help: "Timed rounds per network, after two warm-up rounds.")
    var rounds = 11

    @Option(help: "Networks timed round-robin together (default: all), so that each network's rounds spread over the time the whole group takes.")
    var groupSize: Int?

    @Flag(help: "Also time each layer inside the pass and print measured against predicted seconds per kernel class.")
    var layers = false

    @Flag(help: "Print {\"mape\", \"within10\", \"spearman\", \"kendall\", \"noise\": {…}, …}.")
    var json = false

    func validate() throws {
        _ = try OptionParsing.space(named: space)
        guard samples >= 2 else { throw ValidationError("--samples must be at least 2, got \(samples)") }
        guard rounds >= 2 else { throw ValidationError("--rounds must be at least 2, got \(rounds)") }
        if let groupSize, groupSize < 1 { throw ValidationError("--group-size must be at least 1, got \(groupSize)") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }

    func run() throws {
        let hardware = try ProfileLocator.load(profile)
        let threads = try Self.kernelModelThreads(of: hardware, named: profile, requested: threads)
        do { try timing.check(threads: threads) } catch { throw CommandError("\(profile): kernel models at \(threads) threads; \(error)") }
        var validation = LatencyValidation(profile: hardware, space: try OptionParsing.space(named: space), sampleCount: samples,
                                           seed: seed, threads: threads, clock: timing.clock, statistic: timing.statistic, rounds: rounds,
                                           groupSize: groupSize)
        validation.breaksDownByKernel = layers
        let bar = ProgressBar()
        let result = try validation.run { done, total in
            bar.update(Double(done) / Double(total), label: "\(space): \(done)/\(total) network passes timed")
        }
        let report = ValidationReport(result: result, space: space, profile: hardware.name)
        Progress.line("")
        print(json ? try report.json() : report.text)
    }

    /// The thread count the profile's kernel models were fitted at (the requested one, which
    /// they must cover); an error naming the file when there are none or they disagree.
    static func kernelModelThreads(of profile: HardwareProfile, named name: String, requested: Int?) throws -> Int {
        guard profile.kind == .cpu else {
            throw CommandError("\(name): a profile of kind \(profile.kind.rawValue); validate-latency needs a cpu profile")
        }
        let counts = Set(profile.cpu?.kernelModels?.entries.values.map(\.threads) ?? [])
        guard !counts.isEmpty else {
            throw CommandError("\(name): cpu.kernelModels is missing; run `coforge profile --out FILE` on this machine first")
        }
        if let requested {
            guard counts.contains(requested) else {
                throw CommandError("\(name): no kernel models at \(requested) thread(s) (cpu.kernelModels.*.threads is \(counts.sorted().map(String.init).joined(separator: ", "))); profile again with --threads \(requested)")
            }
            return requested
        }
        guard counts.count == 1 else {
            throw CommandError("\(name): kernel models at several thread counts (\(counts.sorted().map(String.init).joined(separator: ", "))); choose one with --threads")
        }
        return counts.first!
    }
}
