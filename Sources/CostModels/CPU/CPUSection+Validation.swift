extension CPUSection {
    /// A CPU's levels all need sizes, innermost (smallest) first, because the roofline picks the
    /// first level the working set fits in, and the outermost needs a bandwidth; kernel-model keys must be
    /// kernel classes, fitted at a possible thread count from a measurement source.
    func validationIssues(sources: ProfileTable<Source>, levels: [MemoryLevel]) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        var previousSize = 0
        for (i, level) in levels.enumerated() {
            let path = "memory.levels[\(i)]"
            if i == levels.count - 1, level.bandwidthBytesPerSecond == nil {
                issues.append(ProfileIssue(keyPath: path + ".bandwidthBytesPerSecond", "missing; the outermost level of a cpu profile needs a bandwidth for the roofline"))
            }
            guard let size = level.sizeBytes?.value else {
                issues.append(ProfileIssue(keyPath: path + ".sizeBytes", "missing; a cpu profile needs the size of every level"))
                continue
            }
            if size < previousSize {
                issues.append(ProfileIssue(keyPath: path + ".sizeBytes.value", "expected levels from the smallest (innermost) outwards: \(size) is smaller than the level before (\(previousSize))"))
            }
            previousSize = size
        }
        let maxThreads = coreCount.value * threadsPerCore.value
        for key in kernelModels?.keys ?? [] {
            let path = "cpu.kernelModels.\(key)"
            guard KernelClass(rawValue: key) != nil else {
                let known = KernelClass.allCases.map(\.rawValue)
                let hint = KeySuggestion.nearest(to: key, in: known).map { "did you mean \($0)? " } ?? ""
                issues.append(ProfileIssue(keyPath: path, "unknown kernel class; \(hint)expected one of \(known.joined(separator: ", "))"))
                continue
            }
            guard let model = kernelModels?[key] else { continue }
            if !(1...maxThreads).contains(model.threads) {
                issues.append(ProfileIssue(keyPath: path + ".threads", "expected 1 to \(maxThreads) (coreCount × threadsPerCore), got \(model.threads)"))
            }
            if model.sampleCount < 1 {
                issues.append(ProfileIssue(keyPath: path + ".sampleCount", "expected a positive number of samples, got \(model.sampleCount)"))
            }
            if !(model.meanAbsoluteRelativeError >= 0) {
                issues.append(ProfileIssue(keyPath: path + ".meanAbsoluteRelativeError", "expected a fraction ≥ 0, got \(model.meanAbsoluteRelativeError)"))
            }
            issues += model.formIssues(path: path)
            if let source = sources[model.source], source.kind != .measurement {
                issues.append(ProfileIssue(keyPath: path + ".source", "expected a measurement source (date and command); \"\(model.source)\" is a \(source.kind.rawValue)"))
            }
        }
        return issues
    }
}
