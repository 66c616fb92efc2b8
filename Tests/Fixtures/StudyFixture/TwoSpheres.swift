import Foundation
import Search

/// A toy problem with every outcome a study stores: minimise f1 = Σ x_i² and
/// f2 = Σ (x_i − 1)² over [0, 1]^n (the Pareto set is the diagonal x_i = t), with a cheap
/// budget x_0 ≤ 0.9 (violations are rejected early), a constraint x_1 ≥ 0.1 and a failing
/// evaluator when x_2 > 0.95.
///
/// Each call of `evaluate` first appends `<pid> begin <key>` to `evaluationLog` (flushed with
/// fsync) and sleeps `sleepMilliseconds`, so the kill tests can count evaluator calls and a
/// SIGKILL lands mid-generation. (Early rejections never reach `evaluate`.)
struct TwoSpheres: Problem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var box: UnitBox
    var evaluationLog: String?
    var sleepMilliseconds: Int

    var name: String { "two-spheres" }
    var objectives: [Objective] { [Objective("f1", .minimize), Objective("f2", .minimize)] }
    var cheapConstraintCount: Int { 1 }
    var constraintCount: Int { 1 }
    var operators: UnitBox { box }

    func sample<R: RandomNumberGenerator>(using generator: inout R) -> RealVector { box.sample(using: &generator) }

    func key(of genome: RealVector) -> String { box.key(of: genome) }

    func cheapConstraints(of genome: RealVector) throws -> [Double] { [genome.values[0] - 0.9] }

    func evaluate(_ genome: RealVector) throws -> Evaluation {
        let key = key(of: genome)
        try log("begin \(key)")
        if sleepMilliseconds > 0 { usleep(useconds_t(sleepMilliseconds * 1000)) }
        if genome.values.count > 2, genome.values[2] > 0.95 {
            throw Failure(description: "diverged: x2 = \(genome.values[2]) > 0.95")
        }
        let f1 = genome.values.reduce(0) { $0 + $1 * $1 }
        let f2 = genome.values.reduce(0) { $0 + ($1 - 1) * ($1 - 1) }
        return Evaluation(objectives: [f1, f2], constraints: [0.1 - genome.values[1]])
    }

    private func log(_ line: String) throws {
        guard let evaluationLog else { return }
        let fd = open(evaluationLog, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "\(evaluationLog): cannot open the evaluation log") }
        defer { close(fd) }
        let bytes = Array("\(getpid()) \(line)\n".utf8)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else {
            throw Failure(description: "\(evaluationLog): cannot append to the evaluation log")
        }
    }
}
