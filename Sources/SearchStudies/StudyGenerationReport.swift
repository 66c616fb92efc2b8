import Foundation

/// What a study runner reports after each generation, for the progress line on stderr.
public struct StudyGenerationReport: Sendable, Hashable {
    /// Completed generations (the optimiser's `generation` after the `tell`).
    public var generation: Int
    /// Distinct genomes told to the optimiser so far, and the budget.
    public var evaluations: Int
    public var evaluationBudget: Int
    /// Share of this generation's batch that is feasible, in [0, 1].
    public var feasibleShare: Double
    /// Hypervolume of the feasible population (objectives minimised), if an indicator was given.
    public var hypervolume: Double?
    /// Genomes this process evaluated in this generation, and those it took from the store
    /// (completed before a kill, or by another process).
    public var evaluatedHere: Int
    public var reused: Int
    /// Estimated seconds to the budget at this process's pace so far; nil before it has one.
    public var etaSeconds: Double?

    public init(
        generation: Int, evaluations: Int, evaluationBudget: Int, feasibleShare: Double,
        hypervolume: Double?, evaluatedHere: Int, reused: Int, etaSeconds: Double?
    ) {
        self.generation = generation
        self.evaluations = evaluations
        self.evaluationBudget = evaluationBudget
        self.feasibleShare = feasibleShare
        self.hypervolume = hypervolume
        self.evaluatedHere = evaluatedHere
        self.reused = reused
        self.etaSeconds = etaSeconds
    }

    /// `generation 12  evaluations 1300/25000  feasible 87.5%  hypervolume 0.81234  eta 1m05s`
    public var line: String {
        let share = (feasibleShare * 1000).rounded() / 10
        let volume = hypervolume.map { String(format: "%.6g", $0) } ?? "n/a"
        var text = "generation \(generation)  evaluations \(evaluations)/\(evaluationBudget)"
            + "  feasible \(share)%  hypervolume \(volume)  eta \(etaSeconds.map(Self.duration) ?? "n/a")"
        if reused > 0 { text += "  (\(reused) from the store)" }
        return text
    }

    /// `42s`, `3m07s`, `2h05m`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" + twoDigits(total % 60) + "s" }
        return "\(total / 3600)h" + twoDigits(total % 3600 / 60) + "m"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
