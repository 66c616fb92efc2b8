import ArgumentParser
import CostModels
import Foundation
import NetworkIR
import Profiling
import Randomness
import SearchSpaces

/// How much of a search space's validation networks a profile has timed exactly: for the
/// `validate-latency` sample of each space (same seed, same draws), the executed kernels whose
/// features equal a point of their class's `table` model (an exact look-up rather than an
/// interpolation), as a share of the distinct configurations, of the kernel instances and of the
/// predicted kernel time.
struct KernelCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel-coverage", abstract: "Share of a space's kernels a profile timed exactly.")

    @Option(help: "The profile (YAML).") var profile: String
    @Option(help: "Search spaces, comma-separated; default: every space.") var spaces: String?
    @Option(help: "Networks per space.") var samples = 100
    @Option(help: "Seed of the networks (validate-latency's --seed).") var seed: UInt64 = 1
    @Option(help: "Engine threads of the kernel models.") var threads = 1

    func run() throws {
        let hardware = try HardwareProfile(contentsOf: URL(fileURLWithPath: profile))
        let costModel = try CPUCostModel(profile: hardware, threads: threads)
        let models = hardware.cpu?.kernelModels
        let names = spaces.map { $0.split(separator: ",").map(String.init) } ?? SearchSpaceCatalog.spaces.map(\.name)
        print("space        configurations  exact  kernels exact  time exact")
        for name in names {
            guard let space = SearchSpaceCatalog.space(named: name) else { throw ValidationError("--spaces: unknown space \(name)") }
            var generator = SeededGenerator(seed: seed)
            var distinct: [KernelFeatures: Bool] = [:]
            var instances = (all: 0, exact: 0), seconds = (all: 0.0, exact: 0.0)
            for genome in (0..<samples).map({ _ in space.sample(using: &generator) }) {
                let network = try space.network(for: genome)
                let plan = InferencePlan(fusing: network), layers = try costModel.cost(of: network).layers
                for i in network.layers.indices where plan.absorbingLayer(of: i) == nil {
                    let features = KernelFeatures(network: plan.network, layer: i, fusedActivation: plan.fusedActivation(of: i))
                    let points = models?[layers[i].kernelClass.rawValue]?.points ?? []
                    let exact = points.contains { point in zip(point.features, features.values).allSatisfy { abs($0 - $1) < 1e-9 } }
                    distinct[features] = exact
                    instances.all += 1
                    seconds.all += layers[i].kernelSeconds
                    if exact {
                        instances.exact += 1
                        seconds.exact += layers[i].kernelSeconds
                    }
                }
            }
            let exactDistinct = distinct.values.count { $0 }
            print(name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: " %14d %5.1f%% %13.1f%% %10.1f%%", distinct.count,
                         100 * Double(exactDistinct) / Double(max(1, distinct.count)),
                         100 * Double(instances.exact) / Double(max(1, instances.all)), 100 * seconds.exact / max(1e-30, seconds.all)))
        }
    }
}
