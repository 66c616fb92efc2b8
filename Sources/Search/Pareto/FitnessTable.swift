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

    public private(set) var count: Int
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
        let m = objectives.count
        count = individuals.count
        objectiveCount = m
        self.objectives = Array(repeating: 0, count: count * m)
        standing = Array(repeating: .failed, count: count)
        violation = Array(repeating: 0, count: count)
        let maximised = objectives.map { $0.direction == .maximize }
        for i in 0..<count {
            let evaluation = individuals[i].evaluation
            let total = evaluation.totalViolation
            violation[i] = total
            guard evaluation.status == .ok else {
                standing[i] = Standing(evaluation)
                continue
            }
            precondition(
                evaluation.objectives.count == m,
                "\(individuals[i].key): \(evaluation.objectives.count) objective values, expected \(m)")
            if total.isNaN || evaluation.objectives.contains(where: \.isNaN) { continue }
            standing[i] = total > 0 ? .infeasible : .feasible
            for k in 0..<m {
                let value = evaluation.objectives[k]
                self.objectives[i * m + k] = maximised[k] ? -value : value
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

    /// The rows `indices`, in that order.
    /// - Complexity: O(indices.count · objectiveCount).
    public func rows(_ indices: [Int]) -> FitnessTable {
        var result = FitnessTable(minimized: [], objectiveCount: objectiveCount)
        result.count = indices.count
        result.objectives.reserveCapacity(indices.count * objectiveCount)
        for i in indices { result.objectives.append(contentsOf: row(i)) }
        result.standing = indices.map { standing[$0] }
        result.violation = indices.map { violation[$0] }
        return result
    }

    /// This table's rows followed by `other`'s.
    public func appending(_ other: FitnessTable) -> FitnessTable {
        precondition(other.objectiveCount == objectiveCount, "tables of different objective counts")
        var result = self
        result.count += other.count
        result.objectives += other.objectives
        result.standing += other.standing
        result.violation += other.violation
        return result
    }

    /// The minimised objective row of individual `i`.
    public func row(_ i: Int) -> ArraySlice<Double> {
        objectives[(i * objectiveCount)..<((i + 1) * objectiveCount)]
    }
}
