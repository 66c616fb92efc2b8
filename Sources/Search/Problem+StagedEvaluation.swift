extension Problem {
    /// Evaluates `genome` in two stages: the cheap constraints first and, only when they all
    /// hold, the expensive `evaluate`. A violated hard budget yields `.rejectedEarly` (the
    /// expensive evaluator is never called); a thrown error yields `.failed(reason:)`. The cheap
    /// constraint values come first in the returned `constraints`.
    public func evaluateStaged(_ genome: Genome) -> Evaluation {
        evaluateStagedReportingCost(genome).evaluation
    }

    /// `evaluateStaged`, also telling whether the expensive `evaluate` ran (so a driver can
    /// count expensive evaluations apart from cheap rejections).
    public func evaluateStagedReportingCost(_ genome: Genome) -> (evaluation: Evaluation, ranExpensiveStage: Bool) {
        let cheap: [Double]
        do {
            cheap = try cheapConstraints(of: genome)
        } catch {
            return (Evaluation(objectives: [], constraints: [], status: .failed(reason: "\(error)")), false)
        }
        if cheap.contains(where: { $0 > 0 }) {
            return (Evaluation(
                objectives: [], constraints: cheap + Array(repeating: 0, count: constraintCount),
                status: .rejectedEarly), false)
        }
        do {
            var result = try evaluate(genome)
            result.constraints = cheap + result.constraints
            return (result, true)
        } catch {
            return (Evaluation(objectives: [], constraints: cheap, status: .failed(reason: "\(error)")), true)
        }
    }
}
