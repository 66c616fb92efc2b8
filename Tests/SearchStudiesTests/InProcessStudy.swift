import Search
import SearchStudies
@testable import StudyFixture

/// The fixture's problem and optimiser, run in this process.
struct InProcessStudy {
    var box = UnitBox(dimensions: 4, mutationStep: 0.2)
    var seed: UInt64 = 5
    var population = 6
    var offspring = 6
    var log: String?

    var problem: TwoSpheres { TwoSpheres(box: box, evaluationLog: log, sleepMilliseconds: 0) }

    func description() throws -> StudyDescription {
        try StudyDescription(
            problem: problem, problemDescription: box, algorithm: "mu-plus-lambda",
            settings: ["population": population, "offspring": offspring], seed: seed)
    }

    func runner(_ store: StudyStore, budget: Int) throws -> StudyRunner<TwoSpheres, MuPlusLambda> {
        StudyRunner(problem: problem, store: store, study: try description(), evaluationBudget: budget)
    }

    func run(_ store: StudyStore, budget: Int, mode: StudyMode) throws -> StudyOutcome<MuPlusLambda> {
        try runner(store, budget: budget).run(mode, makeOptimizer: makeOptimizer)
    }

    func makeOptimizer() -> MuPlusLambda {
        MuPlusLambda(box: box, parentCount: population, childCount: offspring, seed: seed)
    }
}
