import CostModels

/// A small valid CPU profile whose numbers make hand computation easy.
enum ProfileFixture: ProfileYAMLFixture {
    static let fileName = "fixture.yaml"
    static let yaml = """
        schemaVersion: 1
        kind: cpu
        name: Test CPU
        clocks:
          coreClockHz: {value: 1000000000, source: sheet}
        memory:
          levels:
          - name: L1d
            sizeBytes: {value: 32768, source: sheet}
            bandwidthBytesPerSecond: {value: 64000000000, source: sheet}
            sharedByCores: {value: 1, source: sheet}
          - name: DRAM
            sizeBytes: {value: 1073741824, source: sheet}
            bandwidthBytesPerSecond: {value: 8000000000, source: sheet}
        power:
          activePowerWatts: {value: 10, source: sheet}
        cpu:
          modelName: Test
          architecture: x86_64
          coreCount: {value: 2, source: sheet}
          threadsPerCore: {value: 1, source: sheet}
          vectorWidthBits: {value: 256, source: sheet}
          peakFLOPsPerCyclePerCore: {value: 16, source: sheet}
        sources:
          sheet:
            kind: datasheet
            citation: Test datasheet, table 1

        """

    /// The fixture as measured by `coforge profile`: a 1 µs per-layer overhead and a fitted
    /// `conv` model at 2 threads, `exp(intercept) × roofline` seconds.
    static func measured(convIntercept: Double, sampleCount: Int, error: Double) throws -> HardwareProfile {
        var profile = try profile()
        profile.sources["run"] = Source(kind: .measurement, date: "2026-11-22", command: "coforge profile")
        profile.cpu?.layerOverheadSeconds = Quantity(1e-6, source: "run")
        profile.cpu?.kernelModels = ProfileTable(["conv": KernelModel(
            intercept: convIntercept, logRooflineSeconds: 1, threads: 2, sampleCount: sampleCount,
            meanAbsoluteRelativeError: error, source: "run")])
        return profile
    }
}
