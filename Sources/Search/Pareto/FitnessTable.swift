/// A population as the selection operators see it: every individual's objectives turned into
/// quantities to minimise, in one flat row-major array, and its standing under Deb's
/// constraint domination (Deb 2000, "An efficient constraint handling method for genetic
/// algorithms"; the rule NSGA-II uses, Deb et al. 2002).
public struct FitnessTable: Sendable, Hashable {
    /// How an individual ranks before its objectives are looked at. Feasible individuals come
    /// first; then evaluated ones that violate a constraint; then ones a cheap constraint
    /// rejected before evaluation; failed evaluations last.
    public enum Standing: UInt8, Comparable, Sendable, Hashable {
        case feasible, infeasible, rejected, failed

        public init(_ evaluation: Evaluation) {
            switch evaluation.status {
            case .ok: self = evaluation.totalViolation > 0 ? .infeasible : .feasible
            case .rejectedEarly: self = .rejected
            case .failed: self = .failed
            }
        }

        public static func < (a: Standing, b: Standing) -> Bool { a.rawValue < b.rawValue }
    }

    public let count: Int
    public let objectiveCount: Int
    /// `count × objectiveCount` minimised values, row by row; rows of individuals without
    /// objectives (rejected, failed) hold zeros and are never compared.
    public private(set) var objectives: [Double]
    public private(set) var standing: [Standing]
    /// Total constraint violation (0 when every constraint holds).
    public private(set) var violation: [Double]

    /// The table of `individuals` for a problem with `objectives`. An evaluation with a NaN
    /// objective or constraint counts as failed.
    /// - Precondition: an individual evaluated `.ok` has one value per objective.
    public init<Genome>(_ individuals: [Individual<Genome>], objectives: [Objective]) {
        count = individuals.count
        objectiveCount = objectives.count
        self.objectives = Array(repeating: 0, count: count * objectiveCount)
        standing = individuals.map { Standing($0.evaluation) }
        violation = individuals.map { $0.evaluation.totalViolation }
        for (i, individual) in individuals.enumerated() where individual.evaluation.status == .ok {
            let values = individual.evaluation.objectives
            precondition(
                values.count == objectiveCount,
                "\(individual.key): \(values.count) objective values, expected \(objectiveCount)")
            if values.contains(where: \.isNaN) || violation[i].isNaN {
                standing[i] = .failed
                continue
            }
            for k in 0..<objectiveCount {
                self.objectives[i * objectiveCount + k] = objectives[k].minimized(values[k])
            }
        }
    }

    /// A table of feasible points given as minimised objective rows, flat and row-major.
    public init(minimized points: [Double], objectiveCount: Int) {
        precondition(objectiveCount > 0 && points.count % objectiveCount == 0)
        count = points.count / objectiveCount
        self.objectiveCount = objectiveCount
        objectives = points
        standing = Array(repeating: .feasible, count: count)
        violation = Array(repeating: 0, count: count)
    }

    /// Minimised objective `k` of individual `i`.
    @inlinable public func value(_ i: Int, _ k: Int) -> Double { objectives[i * objectiveCount + k] }

    /// The minimised objective row of individual `i`.
    public func row(_ i: Int) -> ArraySlice<Double> {
        objectives[(i * objectiveCount)..<((i + 1) * objectiveCount)]
    }
}
