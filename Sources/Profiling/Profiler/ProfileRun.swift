import CostModels

/// What a profiling run produced: the profile and the figures behind it, for the report.
public struct ProfileRun: Sendable {
    public var profile: HardwareProfile
    public var facts: MachineFacts
    public var gemm: [SGEMMBenchmark.Result]
    /// Triad bandwidth by memory level name, in level order.
    public var bandwidths: [(level: String, workingSetBytes: Int, bytesPerSecond: Double)]
    public var layerOverheadSeconds: Double
    public var samples: [KernelSample]
    /// Share of kernel measurements taken without a quiet probe (`QuietGate`).
    public var slowedShare: Double
    /// Seconds the kernel phase waited for quiet.
    public var gateSeconds: Double
    /// Per kernel measurement, how many times slower than quiet the machine ran (its time was
    /// divided by this, `ProbedSeconds`).
    public var slowdowns: [Double]
    /// Networks timed in place per space with the seconds measuring them, and the wall seconds
    /// of the kernel phase on networks and on isolated kernels (`KernelCampaign.Result`).
    public var networkCounts: [(space: String, networks: Int, seconds: Double)] = []
    public var networkSeconds = 0.0
    public var isolatedSeconds = 0.0
    /// Wall seconds of each phase, in order.
    public var phaseSeconds: [(phase: String, seconds: Double)]

    public var peakFLOPsPerSecond: Double { gemm.map(\.flopsPerSecond).max() ?? 0 }
    public var totalSeconds: Double { phaseSeconds.reduce(0) { $0 + $1.seconds } }
}
