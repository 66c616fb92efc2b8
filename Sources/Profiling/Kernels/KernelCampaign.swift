import CostModels
import Randomness
import SearchSpaces

/// The kernel measurements of a profiling run, in nn-Meter's order (Zhang et al., MobiSys
/// 2021, §4.2): prior configurations from the search spaces' networks interleaved with random
/// shapes, until `initialShare` of the budget; then adaptive sampling, alternating the prior
/// configurations not yet measured with perturbations of the samples the current models
/// predict worst (held-out error), refitting every `refitInterval` measurements.
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

    /// The measured samples; `progress` gets the count and the share of the budget used.
    public func run(progress: (Int, Double) -> Void = { _, _ in }) throws -> [KernelSample] {
        var generator = SeededGenerator(seed: settings.seed)
        let prior = try PriorConfigurations.sample(spaces: spaces, networksPerSpace: settings.priorNetworksPerSpace, using: &generator)
        var seen = Set(prior)
        var pending = prior[...]
        var samples: [KernelSample] = []
        let clock = TimingClock.wall, start = clock.now()
        let budget = settings.kernelBudgetSeconds
        func elapsed() -> Double { clock.now() - start }
        func measure(_ configuration: KernelConfiguration) throws {
            samples.append(try measurer.measure(configuration, seed: settings.seed &+ UInt64(samples.count)))
            progress(samples.count, min(1, elapsed() / budget))
        }
        func measureRandom() throws {
            var candidate = RandomConfigurations.sample(using: &generator)
            while !seen.insert(candidate).inserted { candidate = RandomConfigurations.sample(using: &generator) }
            try measure(candidate)
        }
        while elapsed() < settings.initialShare * budget, samples.count < settings.maxKernels {
            if samples.count % (settings.priorPerRandom + 1) != settings.priorPerRandom, let next = pending.popFirst() {
                try measure(next)
            } else {
                try measureRandom()
            }
        }
        var worst: [KernelSample] = []
        while elapsed() < budget, samples.count < settings.maxKernels {
            if worst.isEmpty { worst = worstSamples(samples) }
            if samples.count % 2 == 0, let next = pending.popFirst() {
                try measure(next)
            } else if let seedSample = worst.popLast(),
                      let candidate = (0..<5).lazy.compactMap({ _ in RandomConfigurations.perturb(seedSample.configuration, using: &generator) })
                          .first(where: { seen.insert($0).inserted }) {
                try measure(candidate)
            } else if worst.isEmpty, pending.isEmpty {
                try measureRandom()
            }
        }
        return samples
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
