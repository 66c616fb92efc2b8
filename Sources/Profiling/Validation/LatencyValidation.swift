import CostModels
import Engine
import NetworkIR
import Randomness
import SearchSpaces

/// `coforge validate-latency`: seeded random networks of a search space, each measured on the
/// Engine at batch 1 (fused for inference, warm-up, median of repeats) and predicted by
/// `CPUCostModel`; quality as nn-Meter reports it (MAPE, share within ±10 %) plus Spearman's ρ.
///
/// On a machine shared with other jobs, timings drift with the load, so the networks are timed
/// in groups of `groupSize` (by default all of them), round-robin, so that each network's rounds
/// spread over the time the whole group takes and every network of a group sees the same mix of
/// the machine's speeds (which keeps their ranks when the speed drifts; Benchmarks/README.md,
/// "Measurement repeatability"): each round runs every network of the group twice and
/// times the second pass (warm, as repeated inference and the profile's kernels run; a pass
/// right after another network's ran small networks about 10 % slower), and a network's figure
/// is `statistic` over its rounds. The measurement noise is reported beside the
/// figures (`MeasurementNoise`) so that model error and noise can be told apart. Each round
/// first waits for the quiet machine (`QuietGate`, starting from the profile's
/// `cpu.speedProbeSeconds` when it has one), as the profile's kernel measurements did, and every
/// network's pass is timed between two speed probes, so that its time also comes in quiet-machine
/// time (`ProbedSeconds`) on the profile's scale: the profile's kernel models are on that scale,
/// and a validation on another day must compare against the same one rather than against
/// whatever its own quietest probe was (`TimeScale`).
///
/// The profile's kernels are summarised over their observations near quiet speed
/// (`ProbedSeconds.nearQuiet`), and so is each network here: its figure is `statistic` over its
/// rounds whose probes (before and after) lie within the gate's tolerance of the quiet one, when at least three
/// did. While some network of the group has fewer than half of `rounds` such rounds, more rounds
/// are timed, up to `maxRounds`; a network still short of three keeps all its rounds (and the
/// normalised scale, `LatencyValidationResult.headline`, takes over if the machine stayed
/// slowed). On a host slowed 1.4–1.7× for three quarters of a validation, the median of the
/// near-quiet rounds put 93 % of mcunet's networks within ±10 % of the model, the normalised
/// times 61 %, the raw ones 1 % (Benchmarks/README.md, "Near-quiet rounds").
public struct LatencyValidation {
    public var profile: HardwareProfile
    public var space: any SearchSpace
    public var sampleCount: Int
    public var seed: UInt64
    public var threads: Int
    public var clock: TimingClock
    public var statistic: TimingStatistic
    /// Timed rounds per network (after `warmupRounds`).
    public var rounds: Int
    public var warmupRounds: Int
    public var groupSize: Int
    /// Also time every layer inside the pass (`LayerTimes`) and total measured and predicted
    /// kernel seconds per kernel class, to show where the model's error comes from.
    public var breaksDownByKernel = false
    /// Longest wait for a quiet machine before each round (`QuietGate`).
    public var quietWaitSeconds = 2.0
    /// Most timed rounds when networks lack near-quiet ones (see the type's comment).
    public var maxRounds: Int

    public init(profile: HardwareProfile, space: any SearchSpace, sampleCount: Int, seed: UInt64, threads: Int,
                clock: TimingClock = .wall, statistic: TimingStatistic = .median, rounds: Int = 11, warmupRounds: Int = 2, groupSize: Int? = nil) {
        self.profile = profile
        self.space = space
        self.sampleCount = sampleCount
        self.seed = seed
        self.threads = threads
        self.clock = clock
        self.statistic = statistic
        self.rounds = rounds
        self.warmupRounds = warmupRounds
        self.groupSize = max(1, groupSize ?? sampleCount)
        self.maxRounds = 3 * rounds
    }

    /// `progress` gets the network passes timed so far (warm-up rounds included) and the total.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> LatencyValidationResult {
        let costModel = try CPUCostModel(profile: profile, threads: threads)
        var generator = SeededGenerator(seed: seed)
        let genomes = (0..<sampleCount).map { _ in space.sample(using: &generator) }
        EngineThreads.count = threads
        let start = TimingClock.wall.now()
        let reference = profile.cpu?.speedProbeSeconds?.value
        let gate = QuietGate(probe: SpeedProbe(clock: clock), maxWaitSeconds: quietWaitSeconds, quietSeconds: reference ?? .infinity)
        var probes: [Double] = []
        var layerObservations: [(kernelClass: KernelClass, measured: ProbedSeconds, predicted: Double)] = []
        var pending: [(genome: String, used: [ProbedSeconds], timed: [ProbedSeconds], estimate: CostEstimate)] = []
        var quiet: Double { reference ?? gate.quietSeconds }
        func isNearQuiet(_ time: ProbedSeconds) -> Bool { time.isNearQuiet(quietProbeSeconds: quiet, tolerance: gate.tolerance) }
        let wantedQuietRounds = (rounds + 1) / 2, minimumQuietRounds = min(3, wantedQuietRounds)
        var passes = 0, plannedPasses = genomes.count * (warmupRounds + rounds), timedPasses = 0, quietPasses = 0
        for groupStart in stride(from: 0, to: genomes.count, by: groupSize) {
            let group = genomes[groupStart..<min(groupStart + groupSize, genomes.count)]
            var prepared: [(network: Network, model: Model, input: Tensor)] = []
            for genome in group {
                let network = try space.network(for: genome)
                let model = Model(network: network, using: &generator).fusedForInference()
                let shape = network.inputShape
                let input = Tensor(shape: [1, shape.channels, shape.height, shape.width],
                                   scalars: (0..<shape.elementCount).map { _ in Float.random(in: -1...1, using: &generator) })
                prepared.append((network, model, input))
            }
            var times = [[ProbedSeconds]](repeating: [], count: prepared.count)
            func needsQuietRounds() -> Bool {
                times.contains { $0.count { isNearQuiet($0) } < wantedQuietRounds }
            }
            var round = 0
            while round < warmupRounds + rounds || (round < warmupRounds + maxRounds && needsQuietRounds()) {
                let measured = gate.probedInTurn(prepared) { item in
                    _ = item.model.predict(item.input)
                    return clock.seconds { _ = item.model.predict(item.input) }
                }
                round += 1
                passes += prepared.count
                if round > warmupRounds + rounds { plannedPasses += prepared.count }
                progress(passes, plannedPasses)
                guard round > warmupRounds else { continue }
                for j in prepared.indices { times[j].append(measured[j]) }
            }
            timedPasses += times.joined().count
            quietPasses += times.joined().count { isNearQuiet($0) }
            for (j, genome) in group.enumerated() {
                let estimate = try costModel.cost(of: prepared[j].network)
                if breaksDownByKernel {
                    let (measured, probe) = gate.probed {
                        LayerTimes.seconds(of: prepared[j].model, input: prepared[j].input, clock: clock, statistic: statistic, rounds: 3)
                    }
                    for (layer, seconds) in zip(estimate.layers, measured) {
                        layerObservations.append((layer.kernelClass, ProbedSeconds(seconds: seconds, probeSeconds: probe), layer.latencySeconds))
                    }
                }
                let used = ProbedSeconds.nearQuiet(times[j], quietProbeSeconds: quiet, tolerance: gate.tolerance, minimumCount: minimumQuietRounds)
                probes += used.map(\.probeSeconds)
                pending.append((space.string(of: genome), used, times[j], estimate))
            }
        }
        let entries = pending.map { genome, used, timed, estimate in
            LatencyValidationResult.Entry(genome: genome, rounds: used, timedRounds: timed, quietProbeSeconds: quiet, statistic: statistic,
                                          predictedSeconds: estimate.latencySeconds, latencyBasis: estimate.latencyBasis)
        }
        var byKernel: [KernelClass: LatencyValidationResult.KernelTotals] = [:]
        for (kernelClass, measured, predicted) in layerObservations {
            byKernel[kernelClass, default: .init()].add(measured: measured.normalised(quietProbeSeconds: quiet), predicted: predicted)
        }
        return LatencyValidationResult(entries: entries, threads: threads, clock: clock, statistic: statistic, rounds: rounds,
                                       seconds: TimingClock.wall.now() - start, kernelTotals: byKernel,
                                       speedRatio: RepeatedTiming.median(probes) / quiet, slowedShare: gate.slowedShare,
                                       nearQuietShare: Double(quietPasses) / Double(max(1, timedPasses)),
                                       quietProbeSeconds: quiet, quietProbeFromProfile: reference != nil,
                                       quietTolerance: gate.tolerance)
    }
}
