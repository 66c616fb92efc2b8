import CoDesign
import Foundation
import Randomness
import SearchSpaces
import Testing

@Suite struct CoDesignEvaluatorConcurrencyTests {
    /// Four threads pricing the same 24 genomes get the sequential figures, and the model cache
    /// ends with one model per design.
    @Test func concurrentPricingAgreesWithSequential() throws {
        let space = try CoDesignEvaluatorTests.smallSpace()
        func evaluator() -> CoDesignEvaluator<NB201Space, FakeAcceleratorModel> {
            CoDesignEvaluator(space: space, objectives: [.latency, .energy, .area],
                              makeModel: { try FakeAcceleratorModel(profile: $0) }, accuracy: { _ in 50 })
        }
        var rng = SeededGenerator(seed: 21)
        let genomes = (0..<24).map { _ in space.sample(using: &rng) }
        let alone = evaluator()
        let sequential = try genomes.map { try alone.objectiveValues(of: $0) }
        let shared = evaluator()
        let results = ResultSlots(count: 4 * genomes.count)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for (i, genome) in genomes.enumerated() {
                results.set(thread * genomes.count + i, try? shared.objectiveValues(of: genome))
            }
        }
        for thread in 0..<4 {
            #expect(results.values[(thread * genomes.count)..<((thread + 1) * genomes.count)].map { $0 } == sequential.map { $0 })
        }
        let designs = Set(try genomes.map { try space.configuration(for: $0) })
        #expect(shared.builtModelCount == designs.count)
    }
}
