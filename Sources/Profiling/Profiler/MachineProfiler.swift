import CostModels
import Engine
import Foundation
import Platform
import SearchSpaces

/// `coforge profile`: measures this machine into a CPU `HardwareProfile`.
///
/// Static sections from `MachineFacts` (or, for the name, description, clocks and power, from a
/// template profile); then sgemm over a grid (the compute peak), the triad per memory level
/// (bandwidths), and the Engine's kernels (`KernelCampaign`), whose samples `KernelModelFit` turns
/// into `cpu.kernelModels`; the per-layer overhead is what whole passes of the campaign's
/// networks spend beyond their kernels (an identity chain's time per layer when no network was
/// measured). Every measurement waits for the quiet machine (`QuietGate`, one for the whole
/// run); the kernel times and the overhead are put in quiet-machine time by the speed probes
/// around each measurement (`ProbedSeconds`), on the scale of the run's typical quiet probe
/// (`ProbedSeconds.typicalQuietProbe`), which the profile keeps (`cpu.speedProbeSeconds`). Every measured number cites one
/// `measurement` source with the date and the command.
public struct MachineProfiler {
    public var settings: ProfilerSettings
    public var template: HardwareProfile?
    /// The command line, for the measurement source.
    public var command: String
    /// The day, YYYY-MM-DD.
    public var date: String
    public var spaces: [any SearchSpace]

    public init(settings: ProfilerSettings, template: HardwareProfile?, command: String, date: String,
                spaces: [any SearchSpace] = SearchSpaceCatalog.spaces) {
        self.settings = settings
        self.template = template
        self.command = command
        self.date = date
        self.spaces = spaces
    }

    static let runSource = "profile-run"
    static let topologySource = "topology"

    /// `progress` gets a phase name and the share of the whole run done.
    public func run(progress: (String, Double) -> Void = { _, _ in }) throws -> ProfileRun {
        let facts = try MachineFacts.current()
        var phases: [(String, Double)] = []
        let clock = TimingClock.wall
        let runStart = clock.now()
        var start = runStart
        func phase(_ name: String) {
            let now = clock.now()
            phases.append((name, now - start))
            start = now
        }
        let threads = settings.threads
        EngineThreads.count = threads
        let gate = QuietGate(probe: SpeedProbe(clock: settings.timing.clock), maxWaitSeconds: settings.quietWaitSeconds)
        let gemm = SGEMMBenchmark(sizes: settings.gemmSizes, timing: settings.timing)
            .run(threads: threads, beforeEach: { gate.waitForQuiet() }) { progress("sgemm", 0.05 * $0) }
        phase("sgemm")
        let bandwidths = measureBandwidths(facts, gate: gate) { progress("triad", 0.05 + 0.03 * $0) }
        phase("triad")
        var profile = try baseProfile(facts, peakFLOPsPerSecond: gemm.map(\.flopsPerSecond).max() ?? 1, bandwidths: bandwidths)
        let chainOverhead = try LayerOverheadBenchmark(timing: settings.timing).secondsPerLayer()
        phase("overhead")
        progress("kernels", 0.09)
        let measurer = KernelMeasurer(timing: settings.timing, costModel: try CPUCostModel(profile: profile, threads: threads))
        var campaignSettings = settings
        campaignSettings.kernelBudgetSeconds = settings.kernelBudget(startingAfter: clock.now() - runStart)
        let campaign = try KernelCampaign(settings: campaignSettings, measurer: measurer, spaces: spaces, gate: gate).run { count, share in
            progress("kernels (\(count) measured)", 0.09 + 0.89 * share)
        }
        let samples = campaign.samples
        let overhead = campaign.layerOverheadSeconds ?? chainOverhead
        phase("kernels")
        profile.cpu?.layerOverheadSeconds = Quantity(overhead, source: Self.runSource)
        profile.cpu?.speedProbeSeconds = Quantity(campaign.speedProbeSeconds, source: Self.runSource)
        profile.cpu?.kernelModels = ProfileTable(KernelModelFit.fitAll(samples, threads: threads, source: Self.runSource))
        phase("fit")
        progress("done", 1)
        return ProfileRun(profile: profile.prunedSources(), facts: facts, gemm: gemm, bandwidths: bandwidths,
                          layerOverheadSeconds: overhead, samples: samples, slowedShare: campaign.slowedShare,
                          gateSeconds: campaign.gateSeconds, slowdowns: campaign.slowdowns, networkCounts: campaign.networkCounts,
                          networkSeconds: campaign.networkSeconds, isolatedSeconds: campaign.isolatedSeconds, phaseSeconds: phases)
    }

    /// Triad working sets: half of each data cache level's capacity for the cores in use, and
    /// `dramWorkingSetBytes` (at least four times the last cache) for memory.
    func measureBandwidths(_ facts: MachineFacts, gate: QuietGate, progress: (Double) -> Void) -> [(level: String, workingSetBytes: Int, bytesPerSecond: Double)] {
        let triad = TriadBenchmark(timing: settings.timing)
        var sets = facts.dataCaches.map { (Self.levelName($0), $0.sizeBytes / 2) }
        let lastCache = facts.dataCaches.last?.sizeBytes ?? 0
        sets.append(("DRAM", max(settings.dramWorkingSetBytes, 4 * lastCache)))
        return sets.enumerated().map { i, entry in
            gate.waitForQuiet()
            let bandwidth = triad.bandwidth(workingSetBytes: entry.1)
            progress(Double(i + 1) / Double(sets.count))
            return (entry.0, entry.1, bandwidth)
        }
    }

    static func levelName(_ cache: MachineTopology.Cache) -> String {
        "L\(cache.level)" + (cache.kind == .data ? "d" : "")
    }

    /// The profile without kernel models: facts, measured peak and bandwidths, template's names.
    func baseProfile(_ facts: MachineFacts, peakFLOPsPerSecond: Double,
                     bandwidths: [(level: String, workingSetBytes: Int, bytesPerSecond: Double)]) throws -> HardwareProfile {
        let topology = facts.topology
        var sources = template?.sources ?? ProfileTable()
        sources[Self.topologySource] = Source(kind: .measurement, date: date,
            command: "\(command)   # hwloc topology, sysconf memory size, /proc/cpuinfo model, flags and clock; OpenBLAS core \(facts.blasCore)")
        sources[Self.runSource] = Source(kind: .measurement, date: date,
            command: "\(command)   # \(settings.threads) thread(s), \(settings.clock.rawValue) clock, \(settings.timing.statistic.rawValue) of repeats; sgemm grid \(settings.gemmSizes), single-thread triad, kernels on the Engine (OpenBLAS \(facts.blasCore))")
        guard let clockHz = template?.clocks.coreClockHz ?? facts.nominalClockHz.map({ Quantity($0, source: Self.topologySource) }) else {
            throw ProfilerError("cannot tell the core clock: the CPU model has no \"@ …GHz\" and /proc/cpuinfo no \"cpu MHz\"; pass --from with a profile whose clocks.coreClockHz is sourced")
        }
        var levels = zip(facts.dataCaches, bandwidths).map { cache, measured in
            MemoryLevel(name: measured.level, sizeBytes: Count(cache.sizeBytes, source: Self.topologySource),
                        bandwidthBytesPerSecond: Quantity(measured.bytesPerSecond, source: Self.runSource),
                        sharedByCores: Count(max(1, cache.coresSharing), source: Self.topologySource))
        }
        levels.append(MemoryLevel(name: "DRAM", sizeBytes: Count(topology.totalMemoryBytes, source: Self.topologySource),
                                  bandwidthBytesPerSecond: Quantity(bandwidths.last!.bytesPerSecond, source: Self.runSource)))
        let cores = max(1, topology.coreCount)
        let cpu = CPUSection(
            modelName: topology.cpuModel ?? template?.cpu?.modelName ?? "unknown", architecture: facts.architecture,
            coreCount: Count(cores, source: Self.topologySource),
            threadsPerCore: Count(max(1, topology.processingUnitCount / cores), source: Self.topologySource),
            vectorWidthBits: Count(facts.vectorWidthBits, source: Self.topologySource),
            peakFLOPsPerCyclePerCore: Quantity(peakFLOPsPerSecond / (clockHz.value * Double(min(settings.threads, cores))), source: Self.runSource))
        return HardwareProfile(
            kind: .cpu, name: template?.name ?? topology.cpuModel ?? "this machine",
            description: template?.description ?? "Measured by coforge profile on \(date).",
            clocks: Clocks(coreClockHz: clockHz, maxClockHz: template?.clocks.maxClockHz),
            memory: MemoryHierarchy(levels: levels), power: template?.power, cpu: cpu, sources: sources)
    }
}

extension MachineFacts {
    /// Data and unified caches, one per level (the largest instance), innermost first.
    var dataCaches: [MachineTopology.Cache] {
        let caches = topology.caches.filter { $0.kind != .instruction }
        return Dictionary(grouping: caches, by: \.level).keys.sorted().compactMap { level in
            caches.filter { $0.level == level }.max { $0.sizeBytes < $1.sizeBytes }
        }
    }
}
