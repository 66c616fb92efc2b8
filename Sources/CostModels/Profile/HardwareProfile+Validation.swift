extension HardwareProfile {
    /// A `source:` that names no entry of `sources`.
    func sourceReferenceIssues(_ references: [(keyPath: String, id: String)]) -> [ProfileIssue] {
        references.compactMap { reference in
            guard sources[reference.id] == nil else { return nil }
            let hint = KeySuggestion.nearest(to: reference.id, in: sources.keys).map { "did you mean \($0)? " } ?? ""
            let known = sources.keys.isEmpty ? "sources is empty" : "sources has \(sources.keys.joined(separator: ", "))"
            return ProfileIssue(keyPath: reference.keyPath, "unknown source \"\(reference.id)\"; \(hint)(\(known))")
        }
    }

    /// The rules no single key can check: schema version, kind sections, source entries,
    /// memory levels, clocks, the CPU section's kernel models and the accelerator section's levels.
    func validationIssues() -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        if schemaVersion != Self.currentSchemaVersion {
            issues.append(ProfileIssue(keyPath: "schemaVersion", "expected \(Self.currentSchemaVersion), got \(schemaVersion)"))
        }
        issues += kindSectionIssues()
        for id in sources.keys { issues += sourceEntryIssues(id) }
        issues += memoryIssues()
        if let maxClock = clocks.maxClockHz, maxClock.value < clocks.coreClockHz.value {
            issues.append(ProfileIssue(keyPath: "clocks.maxClockHz.value",
                                       "expected at least clocks.coreClockHz (\(clocks.coreClockHz.value)), got \(maxClock.value)"))
        }
        if let cpu { issues += cpu.validationIssues(sources: sources, levels: memory.levels) }
        if let mcu { issues += mcu.validationIssues() }
        if let asicDataflow { issues += asicDataflow.validationIssues(levels: memory.levels) }
        return issues
    }

    private func kindSectionIssues() -> [ProfileIssue] {
        let present: [(DeviceKind, String, Bool)] = [
            (.cpu, "cpu", cpu != nil), (.mcu, "mcu", mcu != nil),
            (.asicDataflow, "asicDataflow", asicDataflow != nil), (.analogCrossbar, "analogCrossbar", analogCrossbar != nil),
        ]
        return present.compactMap { sectionKind, key, isPresent in
            if sectionKind == kind, !isPresent {
                return ProfileIssue(keyPath: key, "missing; a profile of kind \(kind.rawValue) needs its \(key) section")
            }
            if sectionKind != kind, isPresent {
                return ProfileIssue(keyPath: key, "does not apply to kind \(kind.rawValue); expected only the \(Self.sectionKey(kind)) section")
            }
            return nil
        }
    }

    static func sectionKey(_ kind: DeviceKind) -> String {
        switch kind {
        case .cpu: "cpu"
        case .mcu: "mcu"
        case .asicDataflow: "asicDataflow"
        case .analogCrossbar: "analogCrossbar"
        }
    }

    private func sourceEntryIssues(_ id: String) -> [ProfileIssue] {
        guard let source = sources[id] else { return [] }
        let path = "sources.\(id)"
        switch source.kind {
        case .measurement:
            var issues: [ProfileIssue] = []
            if !Self.isISODate(source.date) {
                issues.append(ProfileIssue(keyPath: path + ".date", "expected the day of the measurement as YYYY-MM-DD, got \(source.date.map { "\"\($0)\"" } ?? "nothing")"))
            }
            if (source.command ?? "").isEmpty {
                issues.append(ProfileIssue(keyPath: path + ".command", "missing; a measurement needs the command that produced it"))
            }
            return issues
        case .datasheet, .paper, .derived, .proxy:
            guard (source.citation ?? "").isEmpty else { return [] }
            return [ProfileIssue(keyPath: path + ".citation", "missing; a \(source.kind.rawValue) source needs a citation (document, and table or section)")]
        }
    }

    static func isISODate(_ text: String?) -> Bool {
        guard let text, text.count == 10 else { return false }
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return parts[0].count == 4 && (1...12).contains(m) && (1...31).contains(d) && y >= 1970
    }

    private func memoryIssues() -> [ProfileIssue] {
        var seen: Set<String> = []
        var issues: [ProfileIssue] = []
        if memory.levels.isEmpty { issues.append(ProfileIssue(keyPath: "memory.levels", "expected at least one level")) }
        for (i, level) in memory.levels.enumerated() where !seen.insert(level.name).inserted {
            issues.append(ProfileIssue(keyPath: "memory.levels[\(i)].name", "duplicate level name \"\(level.name)\""))
        }
        return issues
    }
}
