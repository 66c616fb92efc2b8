import CostModels

/// A small microcontroller profile whose numbers make hand computation easy: 1 MHz, a TFLM-like
/// runtime without in-place execution and a TinyEngine-like one with it.
enum MCUProfileFixture: ProfileYAMLFixture {
    static let fileName = "mcu-fixture.yaml"
    static let yaml = """
        schemaVersion: 1
        kind: mcu
        name: Test MCU
        clocks:
          coreClockHz: {value: 1000000, source: sheet}
        memory:
          levels:
          - name: SRAM
            sizeBytes: {value: 4096, source: sheet}
        power:
          activePowerWatts: {value: 0.1, source: sheet}
          idlePowerWatts: {value: 0.01, source: sheet}
        mcu:
          partNumber: T1
          core: Test core
          sramBytes: {value: 4096, source: sheet}
          flashBytes: {value: 8192, source: sheet}
          flashReadCycles: {value: 3, source: sheet}
          flashLineBytes: {value: 4, source: sheet}
          hasDSPExtension: true
          hasFPU: false
          defaultRuntime: plain
          runtimes:
            plain:
              description: A TFLM-like runtime
              kernelLibrary: simd
              runtimeCodeBytes: {value: 1000, source: sheet}
              operatorCodeBytes: {value: 100, source: sheet}
              flashBytesPerOutputChannel: {value: 12, source: sheet}
              arenaOverheadBytesPerTensor: {value: 10, source: sheet}
              arenaBytesPerOutputChannel: {value: 8, source: sheet}
              runtimeSRAMBytes: {value: 500, source: sheet}
              inputInArena: true
              inPlace: []
            inplace:
              description: A TinyEngine-like runtime
              kernelLibrary: simd
              runtimeCodeBytes: {value: 1000, source: sheet}
              inputInArena: true
              inPlace: [activation, add, depthwise]
          kernelLibraries:
            simd:
              convCyclesPerMAC: {value: 2, source: sheet}
              depthwiseCyclesPerMAC: {value: 4, source: sheet}
              pointwiseCyclesPerMAC: {value: 1, source: sheet}
              linearCyclesPerMAC: {value: 3, source: sheet}
              addCyclesPerByte: {value: 10, source: sheet}
              poolingCyclesPerByte: {value: 5, source: sheet}
              activationCyclesPerByte: {value: 1, source: sheet}
              requantizationCyclesPerByte: {value: 6, source: sheet}
              layerOverheadCycles: {value: 100, source: sheet}
        sources:
          sheet:
            kind: datasheet
            citation: Test datasheet, table 1

        """
}
