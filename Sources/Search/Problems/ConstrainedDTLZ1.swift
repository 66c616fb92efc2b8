/// C1-DTLZ1 (Jain & Deb 2014, "An evolutionary many-objective optimization algorithm using
/// reference-point based nondominated sorting approach, part II: handling constraints"): DTLZ1
/// with the constraint c(x) = 1 − f_M/0.6 − Σ_{i<M} fᵢ/0.5 ≥ 0, reported as g = −c ≤ 0. It
/// cuts away most of the search space but leaves DTLZ1's front feasible.
public struct ConstrainedDTLZ1: BenchmarkProblem, Hashable {
    public var base: DTLZ

    public init(objectiveCount: Int = 3, variableCount: Int? = nil) {
        base = DTLZ(.one, objectiveCount: objectiveCount, variableCount: variableCount)
    }

    public var name: String { "c1dtlz1" }
    public var objectives: [Objective] { base.objectives }
    public var constraintCount: Int { 1 }
    public var operators: RealVariation {
        get { base.operators }
        set { base.operators = newValue }
    }

    public func values(of x: [Double]) -> (objectives: [Double], constraints: [Double]) {
        let f = base.values(of: x).objectives
        let c = 1 - f[f.count - 1] / 0.6 - f.dropLast().reduce(0) { $0 + $1 / 0.5 }
        return (f, [-c])
    }

    public func trueFront() -> [[Double]] { base.trueFront() }
}
