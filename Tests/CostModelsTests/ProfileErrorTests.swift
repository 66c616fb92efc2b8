import CostModels
import Testing

/// Each class of bad input gives its exact message: file, key path, what was expected.
@Suite struct ProfileErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var messages: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown key, typo", old: "sharedByCores: {value: 1", new: "sharedByCore: {value: 1",
             messages: ["f.yaml: memory.levels[0].sharedByCore: unknown key; did you mean sharedByCores?"]),
        Case(name: "unit in the key", old: "  - name: DRAM\n    sizeBytes:", new: "  - name: DRAM\n    sizeKB:",
             messages: ["f.yaml: memory.levels[1].sizeKB: unknown key; units are part of the key: expected sizeBytes with the value in bytes",
                        "f.yaml: memory.levels[1].sizeBytes: missing; a cpu profile needs the size of every level"]),
        Case(name: "unit missing from the key", old: "  - name: DRAM\n    sizeBytes:", new: "  - name: DRAM\n    size:",
             messages: ["f.yaml: memory.levels[1].size: unknown key; units are part of the key: expected sizeBytes with the value in bytes",
                        "f.yaml: memory.levels[1].sizeBytes: missing; a cpu profile needs the size of every level"]),
        Case(name: "required key with a scaled unit", old: "coreClockHz:", new: "coreClockMHz:",
             messages: ["f.yaml: clocks.coreClockMHz: unknown key; units are part of the key: expected coreClockHz with the value in hertz"]),
        Case(name: "unit in the value", old: "sizeBytes: {value: 32768,", new: "sizeBytes: {value: 32 KB,",
             messages: [#"f.yaml: memory.levels[0].sizeBytes.value: expected a whole number in bytes (the unit of sizeBytes), got the string "32 KB""#]),
        Case(name: "number without a source", old: "coreClockHz: {value: 1000000000, source: sheet}", new: "coreClockHz: 1000000000",
             messages: ["f.yaml: clocks.coreClockHz: expected {value: <a positive number in hertz>, source: <id from sources>}, got the number 1000000000; every number needs a source"]),
        Case(name: "missing source", old: "coreClockHz: {value: 1000000000, source: sheet}", new: "coreClockHz: {value: 1000000000}",
             messages: ["f.yaml: clocks.coreClockHz.source: missing; expected the id of an entry of sources"]),
        Case(name: "unknown source", old: "peakFLOPsPerCyclePerCore: {value: 16, source: sheet}",
             new: "peakFLOPsPerCyclePerCore: {value: 16, source: shet}",
             messages: [#"f.yaml: cpu.peakFLOPsPerCyclePerCore.source: unknown source "shet"; did you mean sheet? (sources has sheet)"#]),
        Case(name: "negative size", old: "sizeBytes: {value: 32768,", new: "sizeBytes: {value: -5,",
             messages: ["f.yaml: memory.levels[0].sizeBytes.value: expected a positive whole number in bytes (the unit of sizeBytes), got -5"]),
        Case(name: "zero size", old: "sizeBytes: {value: 32768,", new: "sizeBytes: {value: 0,",
             messages: ["f.yaml: memory.levels[0].sizeBytes.value: expected a positive whole number in bytes (the unit of sizeBytes), got 0"]),
        Case(name: "missing field", old: "name: Test CPU\n", new: "",
             messages: ["f.yaml: name: missing; expected a string"]),
        Case(name: "wrong type", old: "coreCount: {value: 2,", new: "coreCount: {value: two,",
             messages: [#"f.yaml: cpu.coreCount.value: expected a whole number, got the string "two""#]),
        Case(name: "fraction for a whole number", old: "coreCount: {value: 2,", new: "coreCount: {value: 2.5,",
             messages: ["f.yaml: cpu.coreCount.value: expected a whole number, got the number 2.5"]),
        Case(name: "unknown kind", old: "kind: cpu", new: "kind: gpu",
             messages: [#"f.yaml: kind: expected one of cpu, mcu, asic-dataflow, analog-crossbar, got "gpu" (did you mean cpu?)"#]),
        Case(name: "section of another kind", old: "kind: cpu", new: "kind: mcu",
             messages: ["f.yaml: cpu: does not apply to kind mcu; expected only the mcu section",
                        "f.yaml: mcu: missing; a profile of kind mcu needs its mcu section"]),
        Case(name: "measurement without date", old: "    kind: datasheet\n    citation: Test datasheet, table 1",
             new: "    kind: measurement\n    command: lscpu",
             messages: ["f.yaml: sources.sheet.date: expected the day of the measurement as YYYY-MM-DD, got nothing"]),
        Case(name: "datasheet without citation", old: "    kind: datasheet\n    citation: Test datasheet, table 1",
             new: "    kind: datasheet",
             messages: ["f.yaml: sources.sheet.citation: missing; a datasheet source needs a citation (document, and table or section)"]),
        Case(name: "levels out of order", old: "  - name: DRAM\n    sizeBytes: {value: 1073741824",
             new: "  - name: DRAM\n    sizeBytes: {value: 1024",
             messages: ["f.yaml: memory.levels[1].sizeBytes.value: expected levels from the smallest (innermost) outwards: 1024 is smaller than the level before (32768)"]),
    ]

    @Test(arguments: cases)
    func reportsExactly(_ c: Case) {
        let text = ProfileFixture.replacing(c.old, with: c.new)
        #expect(throws: ProfileLoadError.self) { try HardwareProfile(yaml: text, file: "f.yaml") }
        do {
            _ = try HardwareProfile(yaml: text, file: "f.yaml")
        } catch {
            #expect(error.description.split(separator: "\n").map(String.init) == c.messages)
        }
    }

    @Test func invalidYAMLNamesTheLine() {
        let text = ProfileFixture.replacing("name: Test CPU", with: "name: [unclosed")
        do {
            _ = try HardwareProfile(yaml: text, file: "f.yaml")
            Issue.record("loaded invalid YAML")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.description.hasPrefix("f.yaml: not valid YAML: 4:7:"))
        }
    }

    @Test func emptyFileSaysWhatIsExpected() {
        #expect(throws: ProfileLoadError(file: "f.yaml", issues: [ProfileIssue(keyPath: "",
            "the file is empty; expected a mapping with schemaVersion, kind, name, clocks, memory, sources")])) {
            try HardwareProfile(yaml: "", file: "f.yaml")
        }
    }

    @Test func fixtureIsValid() throws {
        let profile = try ProfileFixture.profile()
        #expect(profile.validate().isEmpty)
    }
}
