import ArgumentParser
import Foundation
import Search

/// Exact hypervolume of a point set from a JSON file (`{"points": [[…]], "reference": […]}`),
/// timed in-process on the rows in one flat array: the figure the side-by-side compares with
/// moocore's.
struct HypervolumeTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hypervolume", abstract: "Time the exact hypervolume of a point set (minimisation).")

    @Option(help: "JSON file with \"points\" (rows) and \"reference\".") var points: String
    @Option(help: "Timed repetitions (median reported).") var repeats = 51

    func run() throws {
        let url = URL(fileURLWithPath: points)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let dictionary = object as? [String: Any], let rows = dictionary["points"] as? [[Double]],
              let reference = dictionary["reference"] as? [Double], rows.allSatisfy({ $0.count == reference.count })
        else { throw BenchError("\(url.path): expected {\"points\": [[numbers]], \"reference\": [numbers]} of one dimension") }
        // Rows in one flat array, as numpy hands moocore a contiguous array.
        let flat = rows.flatMap { $0 }
        var value = 0.0
        let seconds = medianSeconds(warmup: 3, repeats: repeats) { value = Hypervolume.of(flat: flat, reference: reference) }
        try printJSON(["hypervolume": value, "medianSeconds": seconds, "points": rows.count, "dimension": reference.count])
    }
}
