/// When an in-memory search stops: after the generation that reaches any of the limits (whole
/// generations are evaluated, as pymoo's `('n_eval', N)` termination does).
public struct EvaluationBudget: Codable, Sendable, Hashable {
    /// Limit on all evaluations, cheap rejections included.
    public var evaluations: Int?
    /// Limit on expensive evaluations (calls of `Problem.evaluate`).
    public var expensiveEvaluations: Int?
    /// Limit on generations told (the initial population is generation 1).
    public var generations: Int?

    public init(evaluations: Int? = nil, expensiveEvaluations: Int? = nil, generations: Int? = nil) {
        precondition(evaluations != nil || expensiveEvaluations != nil || generations != nil, "a budget needs a limit")
        self.evaluations = evaluations
        self.expensiveEvaluations = expensiveEvaluations
        self.generations = generations
    }

    func isExhausted(evaluations e: Int, expensiveEvaluations x: Int, generations g: Int) -> Bool {
        if let evaluations, e >= evaluations { return true }
        if let expensiveEvaluations, x >= expensiveEvaluations { return true }
        if let generations, g >= generations { return true }
        return false
    }
}
