import ArgumentParser
import CostModels
import Foundation
import Profiling

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit a CPU profile's kernel models to a few networks measured on the real device.",
        discussion: """
            Reads a CSV of measured networks (one network per row: a zoo name, nb201:ARCH_STRING \
            or a network/genome JSON path, and a latency whose unit is the column name's suffix: \
            _s, _ms or _us), fits one correction factor per kernel class on top of the profile's \
            CPU cost model plus the per-layer overhead (ridge toward the profile, chosen by \
            leave-one-out), and writes the profile with corrected kernel models to --out, citing \
            the calibration as a measurement source.

            Example:
              coforge calibrate --profile raspberry-pi-4 --measured pi4.csv --threads 4 --out pi4-calibrated.yaml
            """)

    @Option(help: "CPU hardware profile: a YAML file or a profile id.")
    var profile: String

    @Option(help: "CSV of measured networks.")
    var measured: String

    @Option(help: "Column naming each network.")
    var networkColumn = "network"

    @Option(help: "Column of measured latencies, named with its unit (e.g. latency_ms); default: the only such column.")
    var latencyColumn: String?

    @Option(help: "Threads the measurements ran with; the corrected kernel models apply at this count.")
    var threads: Int?

    @Option(help: "What the device's runtime removed from each graph: none, deadCodeElimination or auto.")
    var graphOptimization = "none"

    @Option(help: "Where to write the calibrated profile.")
    var out: String

    @Flag(help: "Print {\"samples\", \"corrections\", \"layerOverheadSeconds\", …} as JSON.")
    var json = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        _ = try OptionParsing.graphOptimizations(graphOptimization)
    }

    func run() throws {
        let costModel = try ProfileLocator.cpuModel(profile, threads: threads)
        let table = try MeasuredNetworks(path: measured, networkColumn: networkColumn, latencyColumn: latencyColumn)
        let optimizations = try OptionParsing.graphOptimizations(graphOptimization)
        let model = try LatencyCalibration(basis: .profile(costModel), optimizations: optimizations)
            .fit(networks: table.networks, latenciesSeconds: table.latenciesSeconds)
        let before = try table.networks.map { try costModel.cost(of: $0).latencySeconds }
        let after = try table.networks.map {
            model.latencySeconds(of: try RegressorBasis.profile(costModel).regressors(of: $0, optimization: model.optimization))
        }
        let source = Source(
            kind: .measurement, citation: "few-shot calibration on \(table.networks.count) networks of \(measured)",
            date: Self.today(), command: (["coforge"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
        let (calibrated, notes) = try costModel.profile.calibrated(
            by: model, threads: costModel.threads, sourceID: "calibration", source: source,
            meanAbsoluteRelativeError: Self.mare(after, table.latenciesSeconds))
        do { try calibrated.write(to: URL(fileURLWithPath: out)) } catch { throw CommandError("\(out): \(error)") }
        let report = CalibrationReport(
            model: model, threads: costModel.threads, out: out, notes: notes,
            profileMAPE: Self.mare(before, table.latenciesSeconds), calibratedMAPE: Self.mare(after, table.latenciesSeconds))
        print(json ? try report.json() : report.text)
    }

    static func mare(_ predicted: [Double], _ measured: [Double]) -> Double {
        zip(predicted, measured).reduce(0) { $0 + abs($1.0 - $1.1) / $1.1 } / Double(measured.count)
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
