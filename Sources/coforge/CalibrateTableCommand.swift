import ArgumentParser
import Engine
import Foundation
import NetworkIR
import Profiling
import Randomness
import SearchSpaces

struct CalibrateTableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate-table",
        abstract: "Few-shot latency calibration on a table of measured networks, scored on the rest.",
        discussion: """
            For each seed, draws --samples rows of the table, calibrates a latency model to them \
            (LatencyCalibration: per-operator-kind coefficients, the runtime's graph optimisation \
            and the regularisation chosen by leave-one-out), predicts every other row and prints \
            Spearman, Kendall τ, MAPE and the share within ±10 %, then the median over seeds. \
            Relative errors skip networks whose output does not depend on their input. The \
            genome column holds the space's text form (NB201 architecture strings for nb201).

            With --profile, the regressors are the profile's own predictions per operator kind \
            (CPU kernel seconds, or an accelerator's per-layer latency) and the fit corrects \
            them; --uncalibrated instead scores the profile's raw predicted latency on every row.

            Examples:
              coforge calibrate-table --space nb201 --table ../shared/reference/nb201_latency.csv \\
                --arch-column arch_str --latency-column hwnasbench_raspi4_cifar10_ms --samples 10 --seeds 5
              coforge calibrate-table --space nb201 --table ../shared/reference/nb201_latency.csv \\
                --latency-column hwnasbench_eyeriss_cifar10_ms --profile eyeriss-like --graph-optimization none
            """)

    @Option(help: "Search space whose genomes the table names.")
    var space: String

    @Option(help: "CSV file with a header row.")
    var table: String

    @Option(help: "Column holding each network's genome in the space's text form.")
    var archColumn = "arch_str"

    @Option(help: "Column holding the measured latency (any unit; all metrics are relative).")
    var latencyColumn: String

    @Option(help: "Measured networks to calibrate on, per seed.")
    var samples = 10

    @Option(help: "How many seeds (1…N) to draw samples with.")
    var seeds = 5

    @Option(help: "Calibrate correction factors of this profile's cost model (cpu or asic-dataflow; a YAML file or profile id) instead of per-kind work coefficients.")
    var profile: String?

    @Flag(help: "Score the --profile model's uncalibrated latency on every row instead of calibrating (graph optimisation auto means none here).")
    var uncalibrated = false

    @Option(help: "Threads of the profile's cost model; default: the profile's core count.")
    var threads: Int?

    @Option(help: "What the measuring runtime removed from each graph: none (eager frameworks), deadCodeElimination (graph compilers such as TensorFlow Lite), or auto (chosen by leave-one-out).")
    var graphOptimization = "auto"

    @Flag(help: "Print {\"spearman\",\"kendall\",\"mape\",\"within10\",…} (medians over seeds).")
    var json = false

    func validate() throws {
        _ = try OptionParsing.space(named: space)
        guard samples >= 3 else { throw ValidationError("--samples must be at least 3, got \(samples)") }
        _ = try OptionParsing.graphOptimizations(graphOptimization)
        guard seeds >= 1 else { throw ValidationError("--seeds must be positive, got \(seeds)") }
        if uncalibrated, profile == nil { throw ValidationError("--uncalibrated needs --profile (the model to score)") }
    }

    func run() throws {
        var measured = try MeasuredTable(path: table, space: try OptionParsing.space(named: space),
                                         genomeColumn: archColumn, latencyColumn: latencyColumn)
        guard measured.latencies.count > samples else {
            throw ValidationError("\(table) has \(measured.latencies.count) rows; --samples \(samples) leaves none to predict")
        }
        let basis = try profile.map { try ProfileLocator.regressorBasis($0, threads: threads) } ?? .work
        if uncalibrated {
            let report = try UncalibratedTableReport(table: &measured, basis: basis, column: latencyColumn,
                                                     optimization: try OptionParsing.graphOptimizations(graphOptimization)[0])
            print(json ? try report.json() : report.text)
            return
        }
        var perSeed: [SeedResult] = []
        for seed in 1...seeds {
            let result = try calibrate(&measured, seed: UInt64(seed), basis: basis)
            if !json { FileHandle.standardError.write(Data("\(result.line)\n".utf8)) }
            perSeed.append(result)
        }
        let report = CalibrationTableReport(perSeed: perSeed, samples: samples, column: latencyColumn)
        print(json ? try report.json() : report.text)
    }

    private func calibrate(_ measured: inout MeasuredTable, seed: UInt64, basis: RegressorBasis) throws -> SeedResult {
        var rng = SeededGenerator(seed: seed)
        let chosen = Array(measured.latencies.indices.shuffled(using: &rng).prefix(samples))
        let optimizations = try OptionParsing.graphOptimizations(graphOptimization)
        let model = try LatencyCalibration(basis: basis, optimizations: optimizations).fit(
            networks: chosen.map { measured.networks[$0] }, latenciesSeconds: chosen.map { measured.latencies[$0] })
        let held = Set(measured.latencies.indices).subtracting(chosen).sorted()
        let work = try measured.work(under: model.optimization, basis: basis)
        let quality = PredictionQuality(
            predicted: held.map { model.latencySeconds(of: work[$0]) }, measured: held.map { measured.latencies[$0] },
            relative: held.map { measured.networks[$0].outputDependsOnInput })
        return SeedResult(seed: seed, quality: quality, model: model)
    }
}
