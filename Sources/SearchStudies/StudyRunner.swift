import Foundation
import Search

/// Runs an ask/tell `Optimizer` on a `Problem` with everything kept in a `StudyStore`, so the
/// run survives being killed at any moment and can be shared by several processes.
///
/// Each generation: ask for a batch; for each genome, take its stored evaluation if there is
/// one, otherwise claim it, evaluate it (`Problem.evaluateStaged`) and store the result in its
/// own transaction; genomes another live process has claimed are waited for; then tell the
/// batch, in ask order, and store the optimiser as that generation's snapshot. The run stops
/// before asking a generation once the study has told `evaluationBudget` genomes.
///
/// Determinism: every process, whether it ran uninterrupted, resumed or joined, continues from
/// the snapshot as stored (decoded from its JSON), and every evaluation it tells is the one
/// stored. With a deterministic optimiser (its random generator inside its Codable state), the
/// same seed therefore gives the same batches, the same evaluations and the same final front
/// however often the run was killed or however many processes shared it. The optimiser's
/// `generation` must grow with every `tell`: it keys the snapshots.
public struct StudyRunner<P: Problem, O: Optimizer> where O.Genome == P.Genome {
    public var problem: P
    public var store: StudyStore
    public var study: StudyDescription
    public var evaluationBudget: Int
    public var worker = WorkerIdentity.current()
    /// A claim older than this is taken over; it must exceed the longest evaluation.
    public var staleClaimSeconds: Double = 3600
    /// How often a process waiting for another's claimed genomes looks again.
    public var pollSeconds: Double = 0.05
    /// Hypervolume of minimised objective vectors, for the progress report.
    public var hypervolume: (([[Double]]) -> Double)?
    public var progress: (StudyGenerationReport) -> Void = { _ in }

    public init(problem: P, store: StudyStore, study: StudyDescription, evaluationBudget: Int) {
        self.problem = problem
        self.store = store
        self.study = study
        self.evaluationBudget = evaluationBudget
    }

    /// Starts, resumes or joins the study (see `StudyMode`) and runs it to the budget.
    /// `makeOptimizer` gives the fresh optimiser, used only when the store has no snapshot yet.
    public func run(_ mode: StudyMode, makeOptimizer: () -> O) throws -> StudyOutcome<O> {
        try store.begin(study, mode: mode)
        var (optimizer, snapshot) = try startingPoint(makeOptimizer)
        let started = ContinuousClock.now
        let startingCount = snapshot.evaluationCount
        var outcome = StudyOutcome(optimizer: optimizer, evaluations: startingCount, evaluatedHere: 0, reused: 0)
        while snapshot.evaluationCount < evaluationBudget {
            let generation = optimizer.generation
            let batch = optimizer.ask()
            if batch.isEmpty { break }
            let result = try evaluate(batch, generation: generation)
            optimizer.tell(result.individuals)
            precondition(optimizer.generation > generation, "\(O.self).tell must advance `generation`")
            (optimizer, snapshot) = try commit(optimizer, evaluations: snapshot.evaluationCount + result.newKeys)
            outcome.evaluatedHere += result.evaluatedHere
            outcome.reused += result.reused
            let elapsed = (ContinuousClock.now - started) / .seconds(1)
            let pace = Double(snapshot.evaluationCount - startingCount) / max(elapsed, 1e-9)
            progress(StudyGenerationReport(
                generation: snapshot.generation, evaluations: snapshot.evaluationCount,
                evaluationBudget: evaluationBudget,
                feasibleShare: Double(result.feasible) / Double(batch.count),
                hypervolume: hypervolume.map { $0(feasibleObjectives(optimizer.population)) },
                evaluatedHere: result.evaluatedHere, reused: result.reused,
                etaSeconds: pace > 0 ? Double(max(evaluationBudget - snapshot.evaluationCount, 0)) / pace : nil))
        }
        outcome.optimizer = optimizer
        outcome.evaluations = snapshot.evaluationCount
        return outcome
    }

    private func startingPoint(_ makeOptimizer: () -> O) throws -> (O, SnapshotRecord) {
        if let latest = try store.latestSnapshot() {
            return (try decode(latest), latest)
        }
        return try commit(makeOptimizer(), evaluations: 0)
    }

    /// Stores `optimizer` as its generation's snapshot (unless another process stored that
    /// generation first, in which case both must agree) and returns the stored state.
    private func commit(_ optimizer: O, evaluations: Int) throws -> (O, SnapshotRecord) {
        let json = try StoredJSON.text(optimizer)
        let stored = try store.insertSnapshot(SnapshotRecord(
            generation: optimizer.generation, optimizerJSON: json, evaluationCount: evaluations,
            writtenBy: worker.description, createdAt: Date()))
        let canonical = try decode(stored)
        if stored.optimizerJSON != json,
           canonical.population != optimizer.population || stored.evaluationCount != evaluations {
            throw StudyError.snapshotDiverged(path: store.path, generation: optimizer.generation)
        }
        return (canonical, stored)
    }

    private func decode(_ snapshot: SnapshotRecord) throws -> O {
        do {
            return try StoredJSON.value(O.self, from: snapshot.optimizerJSON)
        } catch {
            throw StudyError.corruptRecord(
                path: store.path, table: "snapshot", row: String(snapshot.generation), column: "optimizer",
                expected: "the JSON of \(O.self) (\(error))")
        }
    }

    private func feasibleObjectives(_ population: [Individual<P.Genome>]) -> [[Double]] {
        population.filter(\.evaluation.isFeasible).map { member in
            zip(study.objectives, member.evaluation.objectives).map { $0.minimized($1) }
        }
    }
}
