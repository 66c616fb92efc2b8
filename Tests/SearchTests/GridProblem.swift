@testable import Search

/// Minimise (a, b) and maximise a + b over a small categorical grid.
struct GridProblem: Problem, Codable {
    var choices: [Int]
    var name: String { "grid" }
    var objectives: [Objective] { [Objective("a", .minimize), Objective("b", .minimize), Objective("sum", .maximize)] }
    var operators: CategoricalVariation { CategoricalVariation(choiceCounts: choices) }
    func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Int] { operators.sample(using: &generator) }
    func key(of genome: [Int]) -> String { genome.map(String.init).joined(separator: ",") }
    func evaluate(_ genome: [Int]) throws -> Evaluation {
        Evaluation(objectives: [Double(genome[0]), Double(genome[1]), Double(genome.reduce(0, +))])
    }
}
