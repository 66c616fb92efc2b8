import Foundation
import Search

extension StudyRunner {
    /// A batch with every genome evaluated, in ask order.
    struct BatchResult {
        var individuals: [Individual<P.Genome>]
        /// Distinct keys this batch was the first to ask for.
        var newKeys: Int
        var evaluatedHere: Int
        var reused: Int
        var feasible: Int
    }

    /// Evaluates `batch`, asked at `generation`: stored evaluations are reused, free genomes
    /// are claimed and evaluated here, and genomes claimed by another live process are looked
    /// at again every `pollSeconds` until they are completed (or their claim goes stale and is
    /// taken over). Several processes on one batch thus share its genomes between them.
    func evaluate(_ batch: [P.Genome], generation: Int) throws -> BatchResult {
        let keys = batch.map(problem.key(of:))
        var firstPositions: [Int] = []
        var seen = Set<String>()
        for (position, key) in keys.enumerated() where seen.insert(key).inserted {
            firstPositions.append(position)
        }
        var stored: [String: EvaluationRecord] = [:]
        var evaluatedHere = 0
        var waiting = firstPositions
        while !waiting.isEmpty {
            var held: [Int] = []
            for position in waiting {
                let key = keys[position]
                if let record = try store.evaluation(forKey: key), record.isCompleted {
                    stored[key] = record
                    continue
                }
                let outcome = try store.claim(
                    key: key, genomeJSON: try StoredJSON.text(batch[position]), generation: generation,
                    position: position, by: worker, staleAfterSeconds: staleClaimSeconds)
                switch outcome {
                case let .completed(record):
                    stored[key] = record
                case .heldByOther:
                    held.append(position)
                case .claimed:
                    stored[key] = try evaluateClaimed(batch[position], key: key)
                    evaluatedHere += 1
                }
            }
            waiting = held
            if !waiting.isEmpty { Thread.sleep(forTimeInterval: pollSeconds) }
        }
        let individuals = batch.indices.map { position in
            // Every key in `stored` is a completed row: both branches above only store those.
            Individual(genome: batch[position], key: keys[position], evaluation: stored[keys[position]]!.evaluation!)
        }
        return BatchResult(
            individuals: individuals,
            newKeys: stored.values.filter { $0.generation == generation }.count,
            evaluatedHere: evaluatedHere, reused: stored.count - evaluatedHere,
            feasible: individuals.filter(\.evaluation.isFeasible).count)
    }

    private func evaluateClaimed(_ genome: P.Genome, key: String) throws -> EvaluationRecord {
        let started = ContinuousClock.now
        let evaluation = problem.evaluateStaged(genome)
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        try checkShape(evaluation, key: key)
        return try store.complete(key: key, evaluation: evaluation, seconds: seconds, by: worker)
    }

    private func checkShape(_ evaluation: Evaluation, key: String) throws {
        let expected: [(String, Int, Int)]
        switch evaluation.status {
        case .ok:
            expected = [
                ("objectives", study.objectives.count, evaluation.objectives.count),
                ("constraint values", study.totalConstraintCount, evaluation.constraints.count),
            ]
        case .rejectedEarly:
            expected = [("constraint values", study.totalConstraintCount, evaluation.constraints.count)]
        case .failed:
            expected = []
        }
        if let (field, want, got) = expected.first(where: { $0.1 != $0.2 }) {
            throw StudyError.evaluationShape(path: store.path, key: key, field: field, expected: want, got: got)
        }
    }
}
