import Foundation
import Search
import Testing

@testable import SearchStudies

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct OutputTests {
    /// Three objectives (the last maximised), one cheap and one other constraint; the front is
    /// a and b (c is dominated by a, d is infeasible, e rejected early, f failed, g pending).
    static let results: StudyResults = {
        let description = StudyDescription(
            problem: "p<&>", objectives: [Objective("f1", .minimize), Objective("f2, \"quoted\"", .minimize), Objective("acc", .maximize)],
            cheapConstraintCount: 1, constraintCount: 1, algorithm: "nsga3", settingsJSON: #"{"population":4}"#,
            seed: 3, problemJSON: "{}")
        func row(_ key: String, _ position: Int, _ evaluation: Evaluation?) -> EvaluationRecord {
            EvaluationRecord(
                key: key, genomeJSON: #"{"genes":[\#(position)]}"#, generation: position / 4, position: position % 4,
                evaluation: evaluation, evaluationSeconds: evaluation == nil ? nil : 0.5, claimedBy: "h/1/t",
                claimedAt: Date(timeIntervalSince1970: 0), completedAt: evaluation == nil ? nil : Date(timeIntervalSince1970: 86_400))
        }
        return StudyResults(
            study: StoredStudy(description: description, createdAt: Date(timeIntervalSince1970: 0)),
            evaluations: [
                row("a", 0, Evaluation(objectives: [1, 5, 0.9], constraints: [-1, -1])),
                row("b", 1, Evaluation(objectives: [2, 1, 0.5], constraints: [-1, 0])),
                row("c", 2, Evaluation(objectives: [1, 6, 0.8], constraints: [-1, -1])),
                row("d", 3, Evaluation(objectives: [0, 0, 1], constraints: [-1, 0.5])),
                row("e", 4, Evaluation(objectives: [], constraints: [2, 0], status: .rejectedEarly)),
                row("f", 5, Evaluation(objectives: [], constraints: [-1], status: .failed(reason: "out of memory, \"OOM\""))),
                row("g", 6, nil),
            ])
    }()

    @Test func theFrontIsTheFeasibleNonDominatedSet() {
        #expect(Self.results.front.map(\.key) == ["a", "b"])
        #expect(Self.results.completed.count == 6)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("cr\r\nlf", "\"cr\r\nlf\""), ("", ""), ("'single'", "'single'"),
    ])
    func csvFieldsAreQuotedAsRFC4180Says(_ field: String, _ expected: String) {
        #expect(CSVText.field(field) == expected)
    }

    @Test func evaluationsCSVHasOneRecordPerEvaluation() {
        let csv = Self.results.evaluationsCSV()
        #expect(csv.hasSuffix("\r\n"))
        let records = csv.components(separatedBy: "\r\n").dropLast()
        #expect(records.count == 8)
        #expect(records[0] == "key,generation,position,status,failure_reason,feasible,on_front,total_violation,"
            + "f1,\"f2, \"\"quoted\"\"\",acc,cheap_constraint_1,constraint_1,evaluation_seconds,evaluated_by,completed_at,genome")
        #expect(records[1] == "a,0,0,ok,,true,true,0.0,1.0,5.0,0.9,-1.0,-1.0,0.5,h/1/t,1970-01-02T00:00:00.000Z,\"{\"\"genes\"\":[0]}\"")
        #expect(records[5].hasPrefix("e,1,0,rejectedEarly,,false,false,2.0,,,,2.0,0.0,"))
        #expect(records[6].hasPrefix("f,1,1,failed,\"out of memory, \"\"OOM\"\"\",false,false,0.0,,,,-1.0,,"))
        #expect(records[7] == "g,1,2,pending,,,false,,,,,,,,h/1/t,,\"{\"\"genes\"\":[6]}\"")
    }

    @Test func frontJSONParsesAndCarriesGenomesVerbatim() throws {
        let text = Self.results.frontJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "coforge.front")
        #expect(object["problem"] as? String == "p<&>")
        #expect(object["seed"] as? Int == 3)
        #expect(object["evaluations"] as? Int == 6)
        #expect(object["feasibleEvaluations"] as? Int == 3)
        #expect((object["settings"] as? [String: Any])?["population"] as? Int == 4)
        let front = try #require(object["front"] as? [[String: Any]])
        #expect(front.map { $0["key"] as? String } == ["a", "b"])
        #expect(front[1]["objectives"] as? [Double] == [2, 1, 0.5])
        #expect((front[0]["genome"] as? [String: Any])?["genes"] as? [Int] == [0])
        #expect(text.contains(#""genome": {"genes":[1]}"#))
    }

    @Test(arguments: [(2, 1), (3, 3), (4, 6), (1, 1)])
    func svgIsWellFormedWithAPanelPerPair(_ objectiveCount: Int, _ panels: Int) throws {
        var results = Self.results
        results.study.description.objectives = Array(
            (results.study.description.objectives + [Objective("f4", .minimize)]).prefix(objectiveCount))
        results.evaluations = results.evaluations.map { record in
            var record = record
            if var evaluation = record.evaluation, !evaluation.objectives.isEmpty {
                evaluation.objectives = Array((evaluation.objectives + [7]).prefix(objectiveCount))
                record.evaluation = evaluation
            }
            return record
        }
        results = StudyResults(study: results.study, evaluations: results.evaluations)
        let counter = SVGCounter()
        let parser = XMLParser(data: Data(results.plotSVG().utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.root == "svg")
        #expect(counter.count["g.panel"] == panels)
        // Per panel: the front, other feasible and infeasible points (d); e, f have no objectives.
        let front = results.front.count
        #expect(counter.count["circle.front"] == 1 + panels * front)
        #expect(counter.count["circle.feasible"] == 1 + panels * (3 - front))
        #expect(counter.count["circle.infeasible"] == 1 + panels)
        #expect(counter.count["path.staircase"] == (objectiveCount == 2 ? 1 : nil))
        #expect(counter.texts.contains("p<&>: evaluated points and feasible front"))
        #expect(counter.texts.contains("2 rejected early or failed: no objective values, not shown"))
    }

    @Test(arguments: [
        (0.0, 1.0, 0.0, 1.0, 0.2), (0.013, 0.987, 0.0, 1.0, 0.2), (-3.2, 47.0, -20.0, 60.0, 20.0),
        (5.0, 5.0, 4.4, 5.6, 0.2), (0.0, 0.0, -1.0, 1.0, 0.5), (1200.0, 98_000.0, 0.0, 100_000.0, 20_000.0),
    ])
    func ticksFallOnNiceNumbers(_ low: Double, _ high: Double, _ lower: Double, _ upper: Double, _ step: Double) {
        let ticks = NiceTicks(minimum: low, maximum: high)
        #expect(abs(ticks.lower - lower) < 1e-12 && abs(ticks.upper - upper) < 1e-12 && abs(ticks.step - step) < 1e-12)
    }

    @Test func tickLabelsShowTheStepsDecimals() {
        let ticks = NiceTicks(minimum: 0, maximum: 1)
        #expect(ticks.values.map(ticks.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(NiceTicks(minimum: -40, maximum: 0).label(-0.000000001) == "0")
    }

    @Test func filesAreWrittenAtomicallyWithNoTemporaryLeft() throws {
        let folder = try ScratchFolder("outputs")
        defer { folder.remove() }
        let out = folder.file("nested/out")
        let paths = try Self.results.write(to: out)
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["front.json", "evaluations.csv", "front.svg"])
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == Self.results.frontJSON())
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["evaluations.csv", "front.json", "front.svg"])
        try Self.results.write(to: out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == 3)
    }

    @Test func anOutputFolderThatIsAFileIsNamed() throws {
        let folder = try ScratchFolder("outputs")
        defer { folder.remove() }
        let file = folder.file("taken")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: StudyError.outputFailed(path: file, reason: "expected a folder for the study's outputs, found a file")) {
            try Self.results.write(to: file)
        }
        #expect {
            try Self.results.write(to: file + "/below")
        } throws: { error in
            "\(error)".hasPrefix(file + "/below: cannot write: cannot create the output folder")
        }
    }
}
