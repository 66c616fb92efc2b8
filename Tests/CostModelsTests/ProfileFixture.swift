import CostModels

/// A small valid CPU profile whose numbers make hand computation easy.
enum ProfileFixture {
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

    static func profile() throws -> HardwareProfile {
        try HardwareProfile(yaml: yaml, file: "fixture.yaml")
    }

    /// The fixture with one piece of text replaced (which must occur).
    static func replacing(_ old: String, with new: String) -> String {
        precondition(yaml.contains(old), "fixture has no \(old)")
        return yaml.replacingOccurrences(of: old, with: new)
    }
}
