import Synchronization
@testable import Search

/// A budgeted problem that counts its expensive calls: minimise (x, 10 − x) for integer
/// x ∈ 0...9 with a cheap constraint x ≤ 4, and a failing evaluator at x = 3.
struct CountingProblem: Problem, Codable {
    static let expensiveCalls = Mutex<[Int]>([])

    var name: String { "counting" }
    var objectives: [Objective] { [Objective("x", .minimize), Objective("y", .minimize)] }
    var cheapConstraintCount: Int { 1 }
    var operators: IntegerVariation { IntegerVariation(lowerBounds: [0, 0], upperBounds: [9, 1]) }
    func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Int] { operators.sample(using: &generator) }
    func key(of genome: [Int]) -> String { "\(genome)" }
    func cheapConstraints(of genome: [Int]) throws -> [Double] { [Double(genome[0]) - 4] }

    struct Diverged: Error {}

    func evaluate(_ genome: [Int]) throws -> Evaluation {
        Self.expensiveCalls.withLock { $0.append(genome[0]) }
        if genome[0] == 3 { throw Diverged() }
        return Evaluation(objectives: [Double(genome[0]), Double(10 - genome[0] + genome[1])])
    }
}
