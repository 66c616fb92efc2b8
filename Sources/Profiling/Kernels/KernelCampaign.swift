import CostModels
import NetworkIR
import Randomness
import SearchSpaces

/// The kernel measurements of a profiling run, after nn-Meter's sampling (Zhang et al.,
/// MobiSys 2021, §4.2): prior sampling, here the kernels of seeded random networks of the search
/// spaces, each pass timed layer by layer in place (`KernelMeasurer.inNetwork`; the spaces taken
/// round-robin), with `1 / (priorPerRandom + 1)` of the time on random shapes timed in isolation,
/// until `initialShare` of the budget; then adaptive sampling, half the time on more networks and
/// half on perturbations of the samples the current models predict worst (held-out error),
/// refitted every `refitInterval` measurements. Every observation is divided by the
/// `SpeedProbe` taken beside it (at most 50 ms earlier) and put on the scale of the run's median
/// probe; a kernel seen in several places is the median of its observations.
public struct KernelCampaign {
    public var settings: ProfilerSettings
    public var measurer: KernelMeasurer
    public var spaces: [any SearchSpace]
    public var refitInterval = 16

    public init(settings: ProfilerSettings, measurer: KernelMeasurer, spaces: [any SearchSpace]) {
        self.settings = settings
        self.measurer = measurer
        self.spaces = spaces
    }

    public struct Result: Sendable {
        public var samples: [KernelSample]
        /// The median probe of the run: the samples' speed scale.
        public var speedProbeSeconds: Double
    }

    /// The measured samples; `progress` gets the count and the share of the budget used.
    public func run(progress: (Int, Double) -> Void = { _, _ in }) throws -> Result {
        var generator = SeededGenerator(seed: settings.seed)
        /// Observed seconds divided by the probe, per in-network kernel.
        var observations: [KernelConfiguration: [Double]] = [:]
        var order: [KernelConfiguration] = []
        /// Isolated samples with their seconds divided by the probe.
        var isolated: [KernelSample] = []
        let probe = SpeedProbe(clock: settings.timing.clock)
        var probes: [Double] = []
        var lastProbe = (at: -Double.infinity, seconds: 1.0)
        var seen: Set<KernelConfiguration> = []
        var networksLeft = spaces.isEmpty ? 0 : settings.priorNetworksPerSpace * spaces.count
        var spent = (networks: 0.0, isolated: 0.0)
        var worst: [KernelSample] = []
        let clock = TimingClock.wall, start = clock.now(), budget = settings.kernelBudgetSeconds
        func elapsed() -> Double { clock.now() - start }
        var count: Int { order.count + isolated.count }
        func currentProbe() -> Double {
            if elapsed() - lastProbe.at > 0.05 {
                lastProbe = (elapsed(), probe.seconds())
                probes.append(lastProbe.seconds)
            }
            return lastProbe.seconds
        }

        func measureNetwork() throws {
            let space = spaces[networksLeft % spaces.count]
            networksLeft -= 1
            let network = try space.network(for: space.sample(using: &generator))
            let speed = currentProbe()
            for (configuration, seconds) in measurer.inNetwork(network, rounds: settings.networkRounds, using: &generator) {
                if observations[configuration] == nil, seen.insert(configuration).inserted { order.append(configuration) }
                observations[configuration, default: []].append(seconds / speed)
            }
        }
        func measureIsolated(adaptive: Bool) throws {
            if adaptive, worst.isEmpty { worst = try worstSamples(samples(order, observations, isolated)) }
            var candidate: KernelConfiguration?
            if adaptive, let around = worst.popLast() {
                candidate = (0..<5).lazy.compactMap { _ in RandomConfigurations.perturb(around.configuration, using: &generator) }
                    .first { !seen.contains($0) }
            }
            if candidate == nil {
                repeat { candidate = RandomConfigurations.sample(using: &generator) } while seen.contains(candidate!)
            }
            seen.insert(candidate!)
            let speed = currentProbe()
            var sample = try measurer.measure(candidate!, seed: settings.seed &+ UInt64(count))
            sample.measuredSeconds /= speed
            isolated.append(sample)
        }

        while elapsed() < budget, count < settings.maxKernels {
            let adaptive = elapsed() >= settings.initialShare * budget
            let isolatedShare = adaptive ? 0.5 : 1 / Double(settings.priorPerRandom + 1)
            let before = elapsed()
            if networksLeft > 0, spent.isolated >= isolatedShare * (spent.networks + spent.isolated) {
                try measureNetwork()
                spent.networks += elapsed() - before
            } else {
                try measureIsolated(adaptive: adaptive)
                spent.isolated += elapsed() - before
            }
            progress(count, min(1, elapsed() / budget))
        }
        let reference = probes.isEmpty ? probe.seconds() : RepeatedTiming.median(probes)
        return Result(samples: try samples(order, observations, isolated, scale: reference), speedProbeSeconds: reference)
    }

    /// The in-network kernels (medians of their observations) followed by the isolated ones,
    /// their probe-relative times multiplied by `scale`.
    func samples(_ order: [KernelConfiguration], _ observations: [KernelConfiguration: [Double]],
                 _ isolated: [KernelSample], scale: Double = 1) throws -> [KernelSample] {
        try order.map { try measurer.sample($0, measuredSeconds: scale * RepeatedTiming.median(observations[$0]!)) }
            + isolated.map { sample in
                var scaled = sample
                scaled.measuredSeconds *= scale
                return scaled
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
