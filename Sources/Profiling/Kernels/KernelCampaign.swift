import CostModels
import NetworkIR
import Randomness
import SearchSpaces

/// The kernel measurements of a profiling run, after nn-Meter's sampling (Zhang et al.,
/// MobiSys 2021, §4.2): prior sampling, here the kernels of seeded random networks of the search
/// spaces, each pass timed layer by layer in place (`KernelMeasurer.inNetwork`), with
/// `1 / (priorPerRandom + 1)` of the time on random shapes timed in isolation, until
/// `initialShare` of the budget; then adaptive sampling, more networks and, for
/// `adaptiveIsolatedShare` of all the time so far, perturbations of the samples the current
/// models predict worst (held-out error), refitted every `refitInterval` measurements. No step
/// starts when one as long as the previous would end past the budget (on a slowed host a step
/// can take seconds).
///
/// Networks come in batches of `networkBatchSeconds` of one space after one wait for quiet (a
/// small space's networks take milliseconds), each network the most novel of its space's
/// `NetworkPool`; a batch ends early when the probe after a network finds the machine slowed
/// (beyond the gate's tolerance), so that the next batch waits for quiet again. A space is due
/// below `priorNetworksPerSpace` networks, and up to `coverageNetworksPerSpace` while it has had
/// less than `minimumNetworkShare` of the budget (so that each space's kernels see the machine
/// over more than a few seconds) or while its pool holds a configuration timed near quiet speed
/// in fewer than `coverageObservations` networks (a configuration first seen during a slowed
/// episode is timed again once it has passed). The
/// next batch goes to the due space that has had the fewest seconds of networks (measuring, not
/// waiting for quiet: on a busy host the small spaces' many short batches would otherwise spend
/// the large spaces' share waiting): a small space's cheap networks come by the hundred, so its
/// configurations end up all timed in place (an exact look-up in the `table` model) in a few
/// seconds, and the rest of the network time goes to the large spaces.
///
/// Each measurement, or batch of networks, waits for the quiet machine (`QuietGate`) and is put
/// in quiet-machine time by the speed probes timed just before and just after it
/// (`ProbedSeconds`, on the scale of the run's typical quiet probe,
/// `ProbedSeconds.typicalQuietProbe`, which the profile keeps as `cpu.speedProbeSeconds`); a kernel seen in several places is summarised by the settings'
/// statistic over its observations near quiet speed (`ProbedSeconds.nearQuiet`). The per-layer
/// overhead is the median over the networks of the time of a whole pass that its in-place
/// kernel times leave unexplained, per layer (the median, because a large network's difference
/// of two noisy milliseconds would swamp the microseconds a small one shows).
public struct KernelCampaign {
    public var settings: ProfilerSettings
    public var measurer: KernelMeasurer
    public var spaces: [any SearchSpace]
    public var refitInterval = 16
    public var gate: QuietGate

    public init(settings: ProfilerSettings, measurer: KernelMeasurer, spaces: [any SearchSpace], gate: QuietGate) {
        self.settings = settings
        self.measurer = measurer
        self.spaces = spaces
        self.gate = gate
    }

    public struct Result: Sendable {
        /// Measured seconds in quiet-machine time.
        public var samples: [KernelSample]
        /// The typical quiet probe of the run (`ProbedSeconds.typicalQuietProbe`).
        public var speedProbeSeconds: Double
        /// Share of measurements taken after the gate gave up waiting for a quiet probe.
        public var slowedShare: Double
        /// Seconds spent waiting for quiet (probes included).
        public var gateSeconds: Double
        /// Unexplained pass time per layer, in quiet-machine time; nil when no network was measured.
        public var layerOverheadSeconds: Double?
        /// Per measurement, how many times slower than quiet the machine ran (probe / quiet probe).
        public var slowdowns: [Double]
        /// Networks timed in place per space, in `spaces` order, with the wall seconds measuring
        /// them; then the wall seconds spent on networks and on isolated kernels (quiet waits
        /// included).
        public var networkCounts: [(space: String, networks: Int, seconds: Double)]
        public var networkSeconds: Double
        public var isolatedSeconds: Double
    }

    /// The measured samples; `progress` gets the count and the share of the budget used.
    public func run(progress: (Int, Double) -> Void = { _, _ in }) throws -> Result {
        var generator = SeededGenerator(seed: settings.seed)
        var observations: [KernelConfiguration: [ProbedSeconds]] = [:]
        var unexplainedPerLayer: [ProbedSeconds] = []
        var order: [KernelConfiguration] = []
        var isolated: [(sample: KernelSample, probeSeconds: Double)] = []
        var probes: [Double] = []
        var seen: Set<KernelConfiguration> = []
        var pools = spaces.map { NetworkPool(space: $0, size: settings.coveragePoolSize) }
        var networkCounts = [Int](repeating: 0, count: spaces.count)
        var networkSeconds = [Double](repeating: 0, count: spaces.count)
        var spent = (networks: 0.0, isolated: 0.0)
        var worst: [KernelSample] = []
        let clock = TimingClock.wall, start = clock.now(), budget = settings.kernelBudgetSeconds
        func elapsed() -> Double { clock.now() - start }
        var count: Int { order.count + isolated.count }

        func isTimed(_ configuration: KernelConfiguration) -> Bool {
            let near = observations[configuration]?.count { $0.isNearQuiet(quietProbeSeconds: gate.quietSeconds, tolerance: gate.tolerance) }
            return (near ?? 0) >= settings.coverageObservations
        }
        /// Below `priorNetworksPerSpace` networks, or below `coverageNetworksPerSpace` with fewer
        /// than `minimumNetworkShare` of the budget in seconds of networks or a pool network that
        /// adds a configuration.
        func isDue(_ s: Int) throws -> Bool {
            if networkCounts[s] < settings.priorNetworksPerSpace { return true }
            guard networkCounts[s] < settings.coverageNetworksPerSpace else { return false }
            if networkSeconds[s] < settings.minimumNetworkShare * budget { return true }
            try pools[s].refillIfEmpty(using: &generator)
            return pools[s].largestNovelCount(isTimed: isTimed) > 0
        }
        /// The due space that has had the fewest seconds of networks so far (the first on ties).
        func dueSpace() throws -> Int? {
            try spaces.indices.filter(isDue).min { networkSeconds[$0] < networkSeconds[$1] }
        }
        /// Networks of space `s` after one wait for quiet, each between two probes, until
        /// `networkBatchSeconds` have passed or the space is no longer due.
        func measureNetworks(space s: Int) throws {
            var before = gate.waitForQuiet()
            let batchStart = clock.now()
            repeat {
                networkCounts[s] += 1
                let network = try pools[s].take(isTimed: isTimed, using: &generator)
                let observation = measurer.inNetwork(network, rounds: settings.networkRounds, using: &generator)
                let after = gate.probeNow(), span = (before: before, after: after)
                func probed(_ seconds: Double) -> ProbedSeconds { ProbedSeconds(seconds: seconds, before: span.before, after: span.after) }
                before = after
                probes.append(ProbedSeconds.probeBeside(before: span.before, after: span.after))
                for (configuration, seconds) in observation.kernels {
                    if observations[configuration] == nil, seen.insert(configuration).inserted { order.append(configuration) }
                    observations[configuration, default: []].append(probed(seconds))
                }
                unexplainedPerLayer.append(probed(observation.unexplainedSeconds / Double(observation.layerCount)))
            } while try clock.now() - batchStart < settings.networkBatchSeconds && before <= gate.tolerance * gate.quietSeconds && isDue(s)
            networkSeconds[s] += clock.now() - batchStart
        }
        func measureIsolated(adaptive: Bool) throws {
            if adaptive, worst.isEmpty { worst = try worstSamples(samples(order, observations, isolated, quietProbeSeconds: gate.quietSeconds)) }
            var candidate: KernelConfiguration?
            if adaptive, let around = worst.popLast() {
                candidate = (0..<5).lazy.compactMap { _ in RandomConfigurations.perturb(around.configuration, using: &generator) }
                    .first { !seen.contains($0) }
            }
            if candidate == nil {
                repeat { candidate = RandomConfigurations.sample(using: &generator) } while seen.contains(candidate!)
            }
            seen.insert(candidate!)
            let seed = settings.seed &+ UInt64(count)
            let (sample, probe) = try gate.probed { try measurer.measure(candidate!, seed: seed) }
            probes.append(probe)
            isolated.append((sample, probe))
        }

        var lastStepSeconds = 0.0
        while elapsed() + lastStepSeconds < budget, count < settings.maxKernels {
            let adaptive = elapsed() >= settings.initialShare * budget
            let isolatedShare = adaptive ? settings.adaptiveIsolatedShare : 1 / Double(settings.priorPerRandom + 1)
            let before = elapsed()
            if spent.isolated >= isolatedShare * (spent.networks + spent.isolated), let space = try dueSpace() {
                try measureNetworks(space: space)
                spent.networks += elapsed() - before
            } else {
                try measureIsolated(adaptive: adaptive)
                spent.isolated += elapsed() - before
            }
            lastStepSeconds = elapsed() - before
            progress(count, min(1, elapsed() / budget))
        }
        if gate.measurements == 0 { gate.waitForQuiet() }
        let quiet = ProbedSeconds.typicalQuietProbe(probes, fastestSeconds: gate.quietSeconds, tolerance: gate.tolerance)
        let overheads = unexplainedPerLayer.map { $0.normalised(quietProbeSeconds: quiet) }
        return Result(samples: try samples(order, observations, isolated, quietProbeSeconds: quiet), speedProbeSeconds: quiet,
                      slowedShare: gate.slowedShare, gateSeconds: gate.waitedSeconds,
                      layerOverheadSeconds: overheads.isEmpty ? nil : max(1e-9, RepeatedTiming.median(overheads)),
                      slowdowns: probes.map { $0 / quiet }, networkCounts: spaces.indices.map { (spaces[$0].name, networkCounts[$0], networkSeconds[$0]) },
                      networkSeconds: spent.networks, isolatedSeconds: spent.isolated)
    }

    /// The in-network kernels (their observations near the gate's quiet speed summarised)
    /// followed by the isolated ones, in quiet-machine time on the scale of `quietProbeSeconds`.
    func samples(_ order: [KernelConfiguration], _ observations: [KernelConfiguration: [ProbedSeconds]],
                 _ isolated: [(sample: KernelSample, probeSeconds: Double)], quietProbeSeconds: Double) throws -> [KernelSample] {
        try order.map { configuration in
            let seconds = ProbedSeconds.nearQuiet(observations[configuration]!, quietProbeSeconds: gate.quietSeconds, tolerance: gate.tolerance)
                .map { $0.normalised(quietProbeSeconds: quietProbeSeconds) }
            return try measurer.sample(configuration, measuredSeconds: settings.timing.statistic.summarise(seconds))
        } + isolated.map { sample, probe in
            var sample = sample
            sample.measuredSeconds = ProbedSeconds(seconds: sample.measuredSeconds, probeSeconds: probe).normalised(quietProbeSeconds: quietProbeSeconds)
            return sample
        }
    }

    /// The `refitInterval` samples with the largest held-out errors under models fitted now,
    /// the worst last.
    func worstSamples(_ samples: [KernelSample]) -> [KernelSample] {
        var scored: [(error: Double, sample: KernelSample)] = []
        for (kernelClass, group) in Dictionary(grouping: samples, by: \.kernelClass) {
            let model = KernelModelFit.fit(group, threads: settings.threads, source: kernelClass.rawValue)
            scored += zip(KernelModelFit.heldOutErrors(group, model: model), group).map { ($0, $1) }
        }
        return scored.sorted { $0.error < $1.error }.suffix(refitInterval).map(\.sample)
    }
}
