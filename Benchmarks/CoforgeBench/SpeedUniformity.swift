import ArgumentParser
import CostModels
import Engine
import Foundation
import NetworkIR
import Profiling
import Randomness
import SearchSpaces

/// Checks the assumption behind speed-normalised timing (`ProbedSeconds`): that when this
/// shared machine slows down, every kernel class slows by the same factor as the `SpeedProbe`.
/// Seeded random networks of every space are timed layer by layer in place (`LayerTimes`, one
/// round after a warm-up) and as whole passes, over and over for `--seconds`, each between two
/// probes and without waiting for quiet. Per kernel class, with t a class's summed time in one
/// network and p the probe beside it, both relative to their medians, the least-squares slope of
/// log t on log p (1 when the class slows exactly as the probe, 0 when it ignores the slowdown)
/// and the relative interquartile range of t raw and normalised (t × median p / p): normalising
/// helps a class when its normalised spread is below its raw one. The same for whole passes,
/// over all networks and per search space.
struct SpeedUniformity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed-uniformity", abstract: "Does every kernel class slow down with the speed probe?")

    @Option(help: "Seconds of measurements.") var seconds = 120.0
    @Option(help: "Networks per search space.") var perSpace = 2
    @Option(help: "Seed of the networks.") var seed: UInt64 = 1
    @Option(name: .customLong("clock"), help: "wall, or cpu (process CPU time).") var clockName = "cpu"

    struct Case {
        var model: Model
        var input: Tensor
        var classes: [KernelClass?]
        var space: String
    }

    func run() throws {
        guard let clock = TimingClock(rawValue: clockName) else { throw ValidationError("--clock: expected wall or cpu, got \(clockName)") }
        EngineThreads.count = 1
        var generator = SeededGenerator(seed: seed)
        var cases: [Case] = []
        for space in SearchSpaceCatalog.spaces {
            for _ in 0..<perSpace {
                let network = try space.network(for: space.sample(using: &generator))
                let plan = InferencePlan(fusing: network)
                let shape = network.inputShape
                cases.append(Case(
                    model: Model(network: network, using: &generator).fusedForInference(),
                    input: Tensor(shape: [1, shape.channels, shape.height, shape.width],
                                  scalars: (0..<shape.elementCount).map { _ in Float.random(in: -1...1, using: &generator) }),
                    classes: network.layers.indices.map { i in
                        plan.absorbingLayer(of: i) == nil ? KernelClass(operation: plan.network.layers[i].operation, inputs: network.inputShapes(of: i)) : nil
                    }, space: space.name))
            }
        }
        let gate = QuietGate(probe: SpeedProbe(clock: clock), maxWaitSeconds: 0)
        var series: [String: [[ProbedSeconds]]] = [:]
        var probes: [Double] = []
        let start = TimingClock.wall.now()
        var rounds = 0
        while TimingClock.wall.now() - start < seconds {
            for (n, item) in cases.enumerated() {
                let (times, probe) = gate.probed { () -> (layers: [Double], pass: Double) in
                    let layers = Profiling.LayerTimes.seconds(of: item.model, input: item.input, clock: clock, statistic: .median, rounds: 1)
                    _ = item.model.predict(item.input)
                    return (layers, clock.seconds { _ = item.model.predict(item.input) })
                }
                probes.append(probe)
                var byClass: [String: Double] = ["whole pass": times.pass, "pass " + item.space: times.pass]
                for (kernelClass, t) in zip(item.classes, times.layers) { if let kernelClass { byClass[kernelClass.rawValue, default: 0] += t } }
                for (name, t) in byClass {
                    if series[name] == nil { series[name] = [[ProbedSeconds]](repeating: [], count: cases.count) }
                    series[name]![n].append(ProbedSeconds(seconds: t, probeSeconds: probe))
                }
            }
            rounds += 1
            FileHandle.standardError.write(Data("\r\(rounds) rounds, \(Int(TimingClock.wall.now() - start)) s".utf8))
        }
        FileHandle.standardError.write(Data("\n".utf8))
        let sortedProbes = probes.sorted(), quiet = sortedProbes.first ?? 1
        let quantile = { (q: Double) in sortedProbes[Int(q * Double(sortedProbes.count - 1))] / quiet }
        print(String(format: "%d rounds over %d networks; probe / quietest probe: median %.3f, p10 %.3f, p90 %.3f, max %.3f",
                     rounds, cases.count, quantile(0.5), quantile(0.1), quantile(0.9), quantile(1)))
        print("kernel class          obs   slope   corr   raw IQR   normalised IQR   share of time")
        let total = series["whole pass"]!.flatMap { $0 }.reduce(0) { $0 + $1.seconds }
        for (name, perCase) in series.sorted(by: { $0.key < $1.key }) {
            let fit = SpeedSlope(series: perCase.filter { !$0.isEmpty })
            let share = perCase.flatMap { $0 }.reduce(0) { $0 + $1.seconds } / total
            print(String(format: "%-18@ %6d %7.3f %6.3f %8.1f %% %13.1f %% %12.1f %%", name as NSString, fit.count, fit.slope, fit.correlation,
                         100 * fit.rawRelativeIQR, 100 * fit.normalisedRelativeIQR, 100 * share))
        }
    }
}
