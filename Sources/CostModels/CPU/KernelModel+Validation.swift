extension KernelModel {
    /// A `table` model needs points of `KernelFeatures.count` finite features and a neighbour
    /// count ≥ 0; a `logLinear` model has neither.
    func formIssues(path: String) -> [ProfileIssue] {
        switch form {
        case .logLinear:
            var issues: [ProfileIssue] = []
            if points != nil { issues.append(ProfileIssue(keyPath: path + ".points", "only a table model has points; expected form: table or no points")) }
            if neighbourCount != nil { issues.append(ProfileIssue(keyPath: path + ".neighbourCount", "only a table model has neighbourCount; expected form: table or no neighbourCount")) }
            return issues
        case .table:
            var issues: [ProfileIssue] = []
            if !(neighbourCount.map { $0 >= 0 } ?? false) {
                issues.append(ProfileIssue(keyPath: path + ".neighbourCount", "expected a whole number ≥ 0 for a table model, got \(neighbourCount.map(String.init) ?? "nothing")"))
            }
            guard let points, !points.isEmpty else {
                return issues + [ProfileIssue(keyPath: path + ".points", "expected a non-empty list of {features: [\(KernelFeatures.count) numbers], logResidual: number} for a table model")]
            }
            for (i, point) in points.enumerated() where point.features.count != KernelFeatures.count || !point.features.allSatisfy(\.isFinite) {
                issues.append(ProfileIssue(keyPath: path + ".points[\(i)].features",
                                           "expected \(KernelFeatures.count) finite numbers (\(KernelFeatures.names.joined(separator: ", "))), got \(point.features.count)"))
            }
            return issues
        }
    }
}
