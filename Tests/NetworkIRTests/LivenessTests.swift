import NetworkIR
import Testing

@Suite struct LivenessTests {
    /// input(16) → a(32) → b(8) ; input → c(4) ; add? no: concat(b, c) → d(12)
    func branchyNetwork() throws -> Network {
        try Network(name: "branchy", inputShape: .vector(16), layers: [
            Layer(name: "a", operation: .linear(.init(outFeatures: 32)), inputs: ["input"]),
            Layer(name: "b", operation: .linear(.init(outFeatures: 8)), inputs: ["a"]),
            Layer(name: "c", operation: .linear(.init(outFeatures: 4)), inputs: ["input"]),
            Layer(name: "d", operation: .concat, inputs: ["b", "c"]),
        ])
    }

    @Test func liveSetsAlongDefaultOrder() throws {
        let steps = try branchyNetwork().liveActivations()
        #expect(steps.map(\.tensors) == [[-1, 0], [-1, 0, 1], [-1, 1, 2], [1, 2, 3]])
        #expect(steps.map(\.elements) == [48, 56, 28, 24])
        #expect(steps[1].bytes(bits: 8) == 56)
        #expect(try branchyNetwork().peakLiveElements() == 56)
    }

    @Test func anotherOrderLowersThePeak() throws {
        let net = try branchyNetwork()
        // Running c first frees the input before a's 32 outputs coexist with b's.
        #expect(try net.peakLiveElements(order: [2, 0, 1, 3]) == 52)
    }

    @Test func rejectsOrdersThatBreakDependencies() throws {
        let net = try branchyNetwork()
        #expect(throws: NetworkError.self) { try net.liveActivations(order: [1, 0, 2, 3]) }
        #expect(throws: NetworkError.self) { try net.liveActivations(order: [0, 0, 1, 2]) }
        #expect(throws: NetworkError.self) { try net.liveActivations(order: [0, 1]) }
    }

    @Test func deadBranchLivesOnlyWhileProduced() throws {
        let net = try Network(name: "dead", inputShape: .vector(4), layers: [
            Layer(name: "unused", operation: .linear(.init(outFeatures: 100)), inputs: ["input"]),
            Layer(name: "out", operation: .linear(.init(outFeatures: 2)), inputs: ["input"]),
        ])
        let steps = try net.liveActivations()
        #expect(steps.map(\.tensors) == [[-1, 0], [-1, 1]])
    }
}
