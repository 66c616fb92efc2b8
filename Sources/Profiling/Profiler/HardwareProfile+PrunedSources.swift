import CostModels

extension HardwareProfile {
    /// The profile without the `sources` entries that no field of a CPU profile cites any more
    /// (a template's stop-gap measurements once `coforge profile` replaced them).
    ///
    /// - Complexity: O(fields + sources).
    func prunedSources() -> HardwareProfile {
        var cited = [clocks.coreClockHz.source, clocks.maxClockHz?.source]
        for level in memory.levels {
            cited += [level.sizeBytes?.source, level.bandwidthBytesPerSecond?.source, level.energyPerAccessJoules?.source,
                      level.energyPerAccessRelativeToMAC?.source, level.accessWidthBits?.source, level.sharedByCores?.source,
                      level.instanceCount?.source]
        }
        cited += [power?.activePowerWatts?.source, power?.idlePowerWatts?.source, power?.thermalDesignPowerWatts?.source]
        if let cpu {
            cited += [cpu.coreCount.source, cpu.threadsPerCore.source, cpu.vectorWidthBits.source,
                      cpu.peakFLOPsPerCyclePerCore.source, cpu.layerOverheadSeconds?.source, cpu.speedProbeSeconds?.source]
            cited += (cpu.kernelModels?.entries.values.map(\.source) ?? []).map(Optional.some)
        }
        let keep = Set(cited.compactMap { $0 })
        var copy = self
        copy.sources = ProfileTable(sources.entries.filter { keep.contains($0.key) })
        return copy
    }
}
