/// A real-valued test problem with a known Pareto front: box-bounded variables, objectives to
/// minimise, constraints g(x) ≤ 0 computed with the objectives.
public protocol BenchmarkProblem: Problem, Codable where Genome == [Double], Operators == RealVariation {
    /// The box bounds and the variation operators (pymoo's NSGA-II settings by default).
    var operators: RealVariation { get set }

    /// Objective and constraint values of `x`.
    func values(of x: [Double]) -> (objectives: [Double], constraints: [Double])

    /// The true Pareto front, sampled as pymoo 0.6.2's `pareto_front()` samples it, so
    /// distance indicators compare with pymoo's.
    func trueFront() -> [[Double]]
}

extension BenchmarkProblem {
    public var variableCount: Int { operators.variableCount }

    public func sample<R: RandomNumberGenerator>(using generator: inout R) -> [Double] {
        operators.sample(using: &generator)
    }

    public func key(of genome: [Double]) -> String { GenomeKey.digest(genome) }

    public func evaluate(_ genome: [Double]) throws -> Evaluation {
        let (objectives, constraints) = values(of: genome)
        return Evaluation(objectives: objectives, constraints: constraints)
    }

    /// Objectives f1 … fm, all minimised.
    static func minimizedObjectives(_ count: Int) -> [Objective] {
        (1...count).map { Objective("f\($0)", .minimize) }
    }
}
