/// How much `coforge profile` measures: the default run (about 3 minutes), `--quick` (about
/// 30 seconds), or anything smaller for tests.
public struct ProfilerSettings: Sendable, Hashable {
    /// Engine threads of the kernel measurements (the kernel models apply at this count only).
    public var threads: Int
    public var clock: TimingClock
    /// M, N and K of the sgemm grid.
    public var gemmSizes: [Int]
    /// Largest working set of the DRAM triad.
    public var dramWorkingSetBytes: Int
    /// Seconds of kernel measurements (prior, random, then adaptive sampling).
    public var kernelBudgetSeconds: Double
    /// Share of the kernel budget for prior and random configurations before adaptive sampling.
    public var initialShare: Double
    /// Most kernels measured, whatever the budget.
    public var maxKernels: Int
    /// Most networks sampled from each search space for the prior configurations.
    public var priorNetworksPerSpace: Int
    /// Networks drawn per prior network, of which the one with the most kernel configurations
    /// not yet timed in place is measured (`KernelCampaign.mostNovel`); 1 measures every draw.
    public var coverageCandidates = 8
    /// Passes over a prior network whose per-layer median times are its kernels' observations.
    public var networkRounds: Int
    /// Seconds on prior networks per second on random kernels in the initial phase.
    public var priorPerRandom: Int
    public var timing: RepeatedTiming
    /// Longest wait for a quiet machine before each measurement (`QuietGate`).
    public var quietWaitSeconds = 2.0
    public var seed: UInt64

    public init(threads: Int, clock: TimingClock = .wall, gemmSizes: [Int], dramWorkingSetBytes: Int,
                kernelBudgetSeconds: Double, initialShare: Double = 0.6, maxKernels: Int, priorNetworksPerSpace: Int,
                networkRounds: Int = 5, priorPerRandom: Int = 3, timing: RepeatedTiming, seed: UInt64 = 1) {
        self.threads = threads
        self.clock = clock
        self.gemmSizes = gemmSizes
        self.dramWorkingSetBytes = dramWorkingSetBytes
        self.kernelBudgetSeconds = kernelBudgetSeconds
        self.initialShare = initialShare
        self.maxKernels = maxKernels
        self.priorNetworksPerSpace = priorNetworksPerSpace
        self.networkRounds = networkRounds
        self.priorPerRandom = priorPerRandom
        self.timing = timing
        self.seed = seed
    }

    /// The default run: about 3 minutes, 150 s of it kernels.
    public static func standard(threads: Int, clock: TimingClock = .wall) -> ProfilerSettings {
        ProfilerSettings(threads: threads, clock: clock, gemmSizes: [64, 256, 1024], dramWorkingSetBytes: 256 << 20,
                         kernelBudgetSeconds: 150, maxKernels: 5000, priorNetworksPerSpace: 60,
                         timing: RepeatedTiming(clock: clock, warmupRuns: 2, repeats: 5...25, targetSeconds: 0.01))
    }

    /// `--quick`: about 30 seconds, 20 s of it kernels.
    public static func quick(threads: Int, clock: TimingClock = .wall) -> ProfilerSettings {
        ProfilerSettings(threads: threads, clock: clock, gemmSizes: [128, 512], dramWorkingSetBytes: 64 << 20,
                         kernelBudgetSeconds: 20, maxKernels: 5000, priorNetworksPerSpace: 10, networkRounds: 3,
                         timing: RepeatedTiming(clock: clock, warmupRuns: 1, repeats: 3...9, targetSeconds: 0.004))
    }
}
