import CostModels
import Engine
import NetworkIR
import Profiling
import Randomness
import SearchSpaces
import Testing

/// The cost model's `InferencePlan` must be what the Engine executes at inference.
@Suite struct InferencePlanEngineTests {
    @Test(arguments: SearchSpaceCatalog.names)
    func planEqualsTheEnginesFusedModel(space name: String) throws {
        let space = try #require(SearchSpaceCatalog.space(named: name))
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<4 {
            let network = try space.network(for: space.sample(using: &generator))
            let plan = InferencePlan(fusing: network)
            let engine = Model(network: network, using: &generator).fusedForInference()
            #expect(plan.network.layers == engine.network.layers)
        }
    }
}
