extension MCUSection {
    /// The default runtime and every runtime's kernel library must exist; the arena SRAM must be
    /// part of the SRAM; alignments must be powers of two.
    func validationIssues() -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        if runtimes[defaultRuntime] == nil {
            issues.append(ProfileIssue(keyPath: "mcu.defaultRuntime", "unknown runtime \"\(defaultRuntime)\"; expected a key of mcu.runtimes (\(Self.list(runtimes.keys)))"))
        }
        for id in runtimes.keys {
            guard let runtime = runtimes[id] else { continue }
            if kernelLibraries[runtime.kernelLibrary] == nil {
                issues.append(ProfileIssue(keyPath: "mcu.runtimes.\(id).kernelLibrary",
                                           "unknown kernel library \"\(runtime.kernelLibrary)\"; expected a key of mcu.kernelLibraries (\(Self.list(kernelLibraries.keys)))"))
            }
            if let alignment = runtime.arenaAlignmentBytes?.value, alignment & (alignment - 1) != 0 {
                issues.append(ProfileIssue(keyPath: "mcu.runtimes.\(id).arenaAlignmentBytes.value", "expected a power of two, got \(alignment)"))
            }
        }
        if let arena = arenaSRAMBytes?.value, arena > sramBytes.value {
            issues.append(ProfileIssue(keyPath: "mcu.arenaSRAMBytes.value", "expected at most mcu.sramBytes (\(sramBytes.value)), got \(arena)"))
        }
        return issues
    }

    private static func list(_ keys: [String]) -> String { keys.isEmpty ? "none" : keys.joined(separator: ", ") }
}
