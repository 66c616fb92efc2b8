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
    /// Networks of each search space timed in place for the prior configurations, at least.
    public var priorNetworksPerSpace: Int
    /// Beyond `priorNetworksPerSpace`, a space's networks keep being timed, up to this many in
    /// all, while its pool holds a network with a configuration not yet timed in place: a small
    /// space ends up timed in full, a large one (every draw new) takes networks up to this cap.
    public var coverageNetworksPerSpace: Int
    /// Networks drawn ahead per space, of which the one adding the largest share of kernel
    /// configurations not yet timed in place is measured next (`NetworkPool`); 1 measures
    /// every draw.
    public var coveragePoolSize = 400
    /// Networks in which a configuration must have been timed before the pool counts it as
    /// covered: a single network's passes see one moment of the machine, and the median over
    /// several places and moments is steadier.
    public var coverageObservations = 3
    /// Share of the kernel budget that each space's networks get at least (up to
    /// `coverageNetworksPerSpace` networks), even once its configurations are covered: a space
    /// of few configurations (FBNet's stages repeat their shapes) is otherwise covered within
    /// a few seconds, and every kernel of it then shows the machine of those seconds only.
    public var minimumNetworkShare = 0.06
    /// Seconds of networks of one space timed in turn after one wait for quiet, each between two
    /// probes (small networks take milliseconds; waiting before each would cost more than it).
    public var networkBatchSeconds = 0.1
    /// Passes over a prior network whose per-layer median times are its kernels' observations.
    public var networkRounds: Int
    /// Seconds on prior networks per second on random kernels in the initial phase.
    public var priorPerRandom: Int
    /// Share of all kernel seconds so far on isolated kernels that the adaptive phase keeps up
    /// (the rest on networks while a space is due).
    public var adaptiveIsolatedShare = 0.2
    public var timing: RepeatedTiming
    /// Longest wait for a quiet machine before each measurement (`QuietGate`).
    public var quietWaitSeconds = 2.0
    /// Wall seconds the whole run should take at most; nil: no limit beyond the kernel budget.
    /// Time the gate waited before the kernel phase (a busy host) comes out of the kernel budget.
    public var totalBudgetSeconds: Double?
    /// Seconds kept for fitting the kernel models after the kernel phase.
    public var fitReserveSeconds = 3.0
    public var seed: UInt64

    public init(threads: Int, clock: TimingClock = .wall, gemmSizes: [Int], dramWorkingSetBytes: Int,
                kernelBudgetSeconds: Double, initialShare: Double = 0.6, maxKernels: Int, priorNetworksPerSpace: Int,
                coverageNetworksPerSpace: Int? = nil, networkRounds: Int = 5, priorPerRandom: Int = 5, timing: RepeatedTiming, seed: UInt64 = 1) {
        self.threads = threads
        self.clock = clock
        self.gemmSizes = gemmSizes
        self.dramWorkingSetBytes = dramWorkingSetBytes
        self.kernelBudgetSeconds = kernelBudgetSeconds
        self.initialShare = initialShare
        self.maxKernels = maxKernels
        self.priorNetworksPerSpace = priorNetworksPerSpace
        self.coverageNetworksPerSpace = coverageNetworksPerSpace ?? priorNetworksPerSpace
        self.networkRounds = networkRounds
        self.priorPerRandom = priorPerRandom
        self.timing = timing
        self.seed = seed
    }

    /// The default run: about 3 minutes (at most 175 s planned), 160 s of it kernels.
    public static func standard(threads: Int, clock: TimingClock = .wall) -> ProfilerSettings {
        var settings = ProfilerSettings(threads: threads, clock: clock, gemmSizes: [64, 256, 1024], dramWorkingSetBytes: 256 << 20,
                                        kernelBudgetSeconds: 160, maxKernels: 5000, priorNetworksPerSpace: 30, coverageNetworksPerSpace: 300,
                                        timing: RepeatedTiming(clock: clock, warmupRuns: 2, repeats: 5...25, targetSeconds: 0.01))
        settings.totalBudgetSeconds = 175
        return settings
    }

    /// `--quick`: about 30 seconds (at most 28 s planned), 20 s of it kernels.
    public static func quick(threads: Int, clock: TimingClock = .wall) -> ProfilerSettings {
        var settings = ProfilerSettings(threads: threads, clock: clock, gemmSizes: [128, 512], dramWorkingSetBytes: 64 << 20,
                                        kernelBudgetSeconds: 20, maxKernels: 5000, priorNetworksPerSpace: 10, coverageNetworksPerSpace: 40, networkRounds: 3,
                                        timing: RepeatedTiming(clock: clock, warmupRuns: 1, repeats: 3...9, targetSeconds: 0.004))
        settings.totalBudgetSeconds = 28
        settings.fitReserveSeconds = 1
        return settings
    }

    /// The kernel budget of a kernel phase that starts `elapsedSeconds` into the run: the
    /// preset's, cut so that the run ends within `totalBudgetSeconds` with `fitReserveSeconds`
    /// left for the fit, but never below a quarter of the preset (a profile needs kernels).
    public func kernelBudget(startingAfter elapsedSeconds: Double) -> Double {
        guard let total = totalBudgetSeconds else { return kernelBudgetSeconds }
        return min(kernelBudgetSeconds, max(kernelBudgetSeconds / 4, total - elapsedSeconds - fitReserveSeconds))
    }
}
