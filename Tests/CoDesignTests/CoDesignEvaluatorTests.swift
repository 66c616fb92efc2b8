import CoDesign
import CostModels
import Randomness
import Search
import SearchSpaces
import Testing

@Suite struct CoDesignEvaluatorTests {
    static func smallSpace() throws -> CoDesignSpace<NB201Space> {
        try CoDesignSpace(network: NB201Space(), hardware: HardwareSpace(
            id: "eyeriss-like", base: Fixtures.eyeriss(),
            knobs: [.peRowCount([8, 16]), .peColumnCount([8, 16]), .globalBufferKiB([54, 108]),
                    .registerFileBytes([520, 1040]), .dataflow([.weightStationary, .outputStationary]),
                    .weightBits([8, 16]), .activationBits([8, 16])]))
    }

    static let cell = "|nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|none~0|avg_pool_3x3~1|nor_conv_1x1~2|"

    /// The figures of the fake model worked out by hand for a 16 × 8 array with 16-bit words,
    /// a 54 KiB global buffer and 1,040-byte register files.
    @Test func objectivesAndConstraintsAreTheModelsFigures() throws {
        let space = try Self.smallSpace()
        let genome = try space.genome(string: Self.cell + "@peRowCount=16,peColumnCount=8,globalBufferKiB=54,registerFileBytes=1040,dataflow=weightStationary,weightBits=8,activationBits=16")
        let macs = try NB201Space().network(for: space.networkGenome(of: genome)).macs
        let latency = Double((macs + 127) / 128) / 200e6
        let energy = Double(macs) * 1e-12
        let bufferBytes = 1040 * 128 + 54 * 1024
        let area = 128 * 0.05 + Double(bufferBytes) / 1024 * 0.02
        #expect(bufferBytes == 188_416)
        let evaluator = CoDesignEvaluator(
            space: space, budget: CoDesignBudget(latencySeconds: latency / 2, energyJoules: energy * 4, areaSquareMillimetres: area * 2),
            makeModel: { try FakeAcceleratorModel(profile: $0) },
            accuracy: { Double($0.networkGenome.values.reduce(0, +)) + Double($0.configuration.peCount) / 1000 })
        #expect(try evaluator.objectiveValues(of: genome) == [13.128, latency, energy, area])
        #expect(try evaluator.constraints(of: genome) == [1, -0.75, -0.5])
        #expect(evaluator.budget.constraintNames == ["latencySeconds", "energyJoules", "areaSquareMillimetres"])
        let price = try evaluator.price(of: genome)
        #expect(price.peakMemoryBytes == bufferBytes)
        #expect(abs(area - 10.08) < 1e-12)
    }

    @Test func oneModelIsBuiltPerDesign() throws {
        let space = try Self.smallSpace()
        let builds = CallCounter()
        let evaluator = CoDesignEvaluator(
            space: space, makeModel: { builds.tick(); return try FakeAcceleratorModel(profile: $0) }, accuracy: { _ in 90 })
        var rng = SeededGenerator(seed: 9)
        var designs: Set<HardwareConfiguration> = []
        for _ in 0..<60 {
            let network = NB201Space().sample(using: &rng)
            let design = Genome((0..<7).map { _ in Int.random(in: 0..<2, using: &rng) })
            let genome = space.genome(network: network, hardware: design)
            designs.insert(try space.configuration(for: genome))
            _ = try evaluator.objectiveValues(of: genome)
            _ = try evaluator.constraints(of: genome)
        }
        #expect(designs.count > 10)
        #expect(builds.count == designs.count)
        #expect(evaluator.builtModelCount == designs.count)
    }

    @Test func anOverBudgetGenomeNeverAsksForAccuracy() throws {
        let space = try Self.smallSpace()
        let asked = CallCounter()
        let problem = CoDesignProblem(evaluator: CoDesignEvaluator(
            space: space, budget: CoDesignBudget(areaSquareMillimetres: 8),
            makeModel: { try FakeAcceleratorModel(profile: $0) }, accuracy: { _ in asked.tick(); return 93.5 }))
        #expect(problem.name == "codesign-nb201+eyeriss-like")
        #expect(problem.objectives.map(\.name) == ["accuracyPercent", "latencySeconds", "energyJoules", "areaSquareMillimetres"])
        #expect(problem.cheapConstraintCount == 1 && problem.constraintCount == 0)
        let cell = try NB201Space().genome(string: Self.cell).values
        let large = cell + [1, 1, 1, 1, 0, 1, 1], small = cell + [0, 0, 0, 0, 0, 0, 0]
        let rejected = problem.evaluateStaged(large)
        #expect(rejected.status == .rejectedEarly && rejected.constraints[0] > 0)
        #expect(asked.count == 0)
        let accepted = problem.evaluateStaged(small)
        #expect(accepted.status == .ok && accepted.objectives[0] == 93.5 && accepted.constraints[0] < 0)
        #expect(asked.count == 1)
        #expect(problem.key(of: small) == space.canonicalKey(Genome(small)))
    }

    @Test func energyIsRequiredOnlyWhenItIsUsed() throws {
        let space = try Self.smallSpace()
        let genome = Genome(Array(repeating: 1, count: space.genes.count))
        func evaluator(_ objectives: [CoDesignObjective], _ budget: CoDesignBudget) -> CoDesignEvaluator<NB201Space, FakeAcceleratorModel> {
            CoDesignEvaluator(space: space, budget: budget, objectives: objectives,
                              makeModel: { try FakeAcceleratorModel(profile: $0, omitsEnergy: true) }, accuracy: { _ in 1 })
        }
        #expect(try evaluator([.accuracy, .latency, .area], CoDesignBudget(latencySeconds: 1)).objectiveValues(of: genome).count == 3)
        let objective = #expect(throws: CoDesignError.self) { try evaluator([.energy], CoDesignBudget()).objectiveValues(of: genome) }
        #expect(objective?.description.contains("gives no energy") == true)
        #expect(throws: CoDesignError.self) { try evaluator([.latency], CoDesignBudget(energyJoules: 1)).constraints(of: genome) }
        let failed = CoDesignProblem(evaluator: evaluator([.energy], CoDesignBudget())).evaluateStaged(genome.values)
        guard case .failed(let reason) = failed.status else { Issue.record("expected a failure, got \(failed.status)"); return }
        #expect(reason.contains("gives no energy"))
    }

    @Test func aModelThatRefusesTheProfileFailsTheEvaluation() throws {
        let space = try Self.smallSpace()
        let problem = CoDesignProblem(evaluator: CoDesignEvaluator(
            space: space, makeModel: { _ -> FakeAcceleratorModel in throw CostModelError("refused") }, accuracy: { _ in 1 }))
        let result = problem.evaluateStaged(Array(repeating: 0, count: space.genes.count))
        #expect(result.status == .failed(reason: "refused"))
    }
}
