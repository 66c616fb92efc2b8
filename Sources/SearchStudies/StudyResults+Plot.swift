import Search

extension StudyResults {
    /// `front.svg`: every evaluation that has objective values, in the objectives' own units
    /// and directions; pairwise panels for three or more objectives, objective against
    /// evaluation number for one. Early rejections and failures have no objective values and
    /// are counted in the subtitle instead.
    public func plotSVG() -> String {
        let description = study.description
        let objectives = description.objectives
        let frontKeys = Set(front.map(\.key))
        let plotted = completed.filter { $0.evaluation?.objectives.count == objectives.count }
        let points = plotted.enumerated().map { index, record in
            let values = record.evaluation?.objectives ?? []
            let kind: FrontPlot.Kind =
                frontKeys.contains(record.key) ? .front : record.evaluation?.isFeasible == true ? .feasible : .infeasible
            let label = kind == .front
                ? record.key + ": " + zip(objectives, values).map { "\($0.name) = \($1)" }.joined(separator: ", ") : nil
            return FrontPlot.Point(values: objectives.count == 1 ? [Double(index + 1)] + values : values, kind: kind, label: label)
        }
        let unplotted = completed.count - plotted.count
        let notes = ["\(description.algorithm), seed \(description.seed): \(completed.count) evaluations, "
            + "\(completed.filter { $0.evaluation?.isFeasible == true }.count) feasible, \(front.count) on the front"]
            + (unplotted > 0 ? ["\(unplotted) rejected early or failed: no objective values, not shown"] : [])
        return FrontPlot(
            title: "\(description.problem): evaluated points and feasible front", notes: notes,
            axes: objectives.count == 1 ? [Objective("evaluation", .minimize)] + objectives : objectives,
            points: points, drawsStaircase: objectives.count == 2
        ).svg()
    }
}
