import CostModels
import Foundation
import Profiling
import SearchSpaces
import Testing

/// A tiny profiling run (about a second of kernels on one small space) writes a profile that
/// loads back and validates, and a latency validation with it gives sane figures.
@Suite(.serialized) struct MachineProfilerTests {
    static func tinySettings() -> ProfilerSettings {
        var settings = ProfilerSettings(threads: 1, gemmSizes: [32], dramWorkingSetBytes: 1 << 20, kernelBudgetSeconds: 1,
                                        maxKernels: 12, priorNetworksPerSpace: 1, networkRounds: 1,
                                        timing: RepeatedTiming(warmupRuns: 0, repeats: 1...2, targetSeconds: 0))
        settings.quietWaitSeconds = 0
        return settings
    }

    static func tinyRun() throws -> ProfileRun {
        let space = try #require(SearchSpaceCatalog.space(named: "tinycnn-28"))
        return try MachineProfiler(settings: tinySettings(), template: nil, command: "swift test", date: "2026-11-22",
                                   spaces: [space]).run()
    }

    @Test func tinyRunWritesAProfileThatLoadsBack() throws {
        let run = try Self.tinyRun()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-profile-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try run.profile.write(to: url)
        let loaded = try HardwareProfile(contentsOf: url)
        #expect(loaded == run.profile)
        let cpu = try #require(loaded.cpu)
        #expect(cpu.coreCount.value >= 1)
        #expect(cpu.layerOverheadSeconds.map { $0.value > 0 } == true)
        #expect(!run.samples.isEmpty)
        #expect(run.networkCounts.map(\.space) == ["tinycnn-28"] && run.networkCounts[0].networks >= 1)
        // Slowdowns are relative to the typical quiet probe, which is at most the gate's 1.1× the fastest.
        #expect(!run.slowdowns.isEmpty && run.slowdowns.allSatisfy { $0 >= 1 / 1.1 - 1e-12 })
        #expect(cpu.speedProbeSeconds.map { $0.value > 0 && $0.source == "profile-run" } == true)
        let models = try #require(cpu.kernelModels)
        #expect(Set(models.keys) == Set(run.samples.map(\.kernelClass.rawValue)))
        #expect(models.entries.values.allSatisfy { $0.threads == 1 && $0.source == "profile-run" })
        #expect(loaded.memory.levels.last?.name == "DRAM")
        #expect(loaded.sources["profile-run"]?.command == "swift test   # 1 thread(s), wall clock, median of repeats; sgemm grid [32], single-thread triad, kernels on the Engine (OpenBLAS \(run.facts.blasCore))")
    }

    /// With coverage switched off (no observation needed), a space's networks stop at the prior
    /// count unless `minimumNetworkShare` keeps the space due for that share of the budget.
    /// (A budget of seconds, so that a loaded machine's first slow batch does not end the run.)
    @Test(arguments: [(0.0, false), (0.5, true)]) func minimumNetworkShareKeepsASpaceDue(share: Double, continues: Bool) throws {
        var settings = ProfilerSettings(threads: 1, gemmSizes: [32], dramWorkingSetBytes: 1 << 20, kernelBudgetSeconds: 4,
                                        maxKernels: 200, priorNetworksPerSpace: 1, coverageNetworksPerSpace: 1000, networkRounds: 1,
                                        timing: RepeatedTiming(warmupRuns: 0, repeats: 1...2, targetSeconds: 0))
        settings.quietWaitSeconds = 0
        settings.coverageObservations = 0
        settings.minimumNetworkShare = share
        let space = try #require(SearchSpaceCatalog.space(named: "tinycnn-28"))
        let run = try MachineProfiler(settings: settings, template: nil, command: "swift test", date: "2026-11-23", spaces: [space]).run()
        #expect((run.networkCounts[0].networks > 1) == continues)
    }

    @Test func validationOnATinySampleGivesSaneFigures() throws {
        let profile = try Self.tinyRun().profile
        let space = try #require(SearchSpaceCatalog.space(named: "tinycnn-28"))
        var validation = LatencyValidation(profile: profile, space: space, sampleCount: 4, seed: 2, threads: 1, rounds: 3, groupSize: 3)
        validation.quietWaitSeconds = 0
        let result = try validation.run()
        #expect(result.entries.count == 4)
        #expect(result.entries.allSatisfy { $0.measuredSeconds > 0 && $0.normalisedSeconds > 0 && $0.predictedSeconds > 0 })
        #expect(result.quietProbeFromProfile && result.quietProbeSeconds == profile.cpu?.speedProbeSeconds?.value)
        #expect(result.speedRatio > 0)
        for scale in TimeScale.allCases {
            let quality = result.quality(scale)
            #expect(quality.mape.isFinite && quality.mape >= 0)
            #expect((0...1).contains(quality.within10) && (0...1).contains(result.halvesWithin10(scale)))
            #expect((-1...1).contains(quality.spearman))
        }
    }
}
