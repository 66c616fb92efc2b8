extension StudyResults {
    /// `front.json`: the study's identity (problem, objectives, algorithm, settings, seed),
    /// evaluation counts, and the front with each member's key, generation, objectives,
    /// constraint values and genome (the stored genome JSON, verbatim). No timestamps, so the
    /// same study gives the same bytes however it was run.
    public func frontJSON() -> String {
        let description = study.description
        let objectives = description.objectives.map {
            JSONText.object([("name", JSONText.string($0.name)), ("direction", JSONText.string($0.direction.rawValue))])
        }
        let members = front.map { record in
            "    " + JSONText.object([
                ("key", JSONText.string(record.key)),
                ("generation", String(record.generation)),
                ("objectives", JSONText.numbers(record.evaluation?.objectives ?? [])),
                ("constraints", JSONText.numbers(record.evaluation?.constraints ?? [])),
                ("genome", record.genomeJSON),
            ])
        }
        let header: [(String, String)] = [
            ("format", JSONText.string("coforge.front")),
            ("formatVersion", "1"),
            ("problem", JSONText.string(description.problem)),
            ("problemDescription", description.problemJSON),
            ("algorithm", JSONText.string(description.algorithm)),
            ("settings", description.settingsJSON),
            ("seed", String(description.seed)),
            ("objectives", "[" + objectives.joined(separator: ", ") + "]"),
            ("evaluations", String(completed.count)),
            ("feasibleEvaluations", String(completed.filter { $0.evaluation?.isFeasible == true }.count)),
        ]
        let lines = header.map { "  " + JSONText.string($0.0) + ": " + $0.1 }
            + ["  \"front\": [\n" + members.joined(separator: ",\n") + (members.isEmpty ? "]" : "\n  ]")]
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }
}
