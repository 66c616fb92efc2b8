import Testing
@testable import Engine
import NetworkIR
import Randomness

/// The seeded generator's specialised weight sampling draws exactly what the generic path draws.
@Suite("Model initialisation")
struct ModelInitializationTests {
    /// Any generator other than `SeededGenerator` takes the generic path; this one forwards to a
    /// seeded generator, so both paths see the same stream.
    struct Forwarding: RandomNumberGenerator {
        var base: SeededGenerator
        mutating func next() -> UInt64 { base.next() }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func seededAndGenericPathsDrawTheSameWeights(_ seed: UInt64) throws {
        let network = try TestNetworks.mixed()
        var seeded = SeededGenerator(seed: seed)
        var forwarding = Forwarding(base: SeededGenerator(seed: seed))
        let fast = Model(network: network, using: &seeded)
        let generic = Model(network: network, using: &forwarding)
        #expect(fast.parameters.flatMap { $0.map(\.scalars) } == generic.parameters.flatMap { $0.map(\.scalars) })
        #expect(fast.buffers.flatMap { $0.map(\.scalars) } == generic.buffers.flatMap { $0.map(\.scalars) })
        #expect(seeded.next() == forwarding.next())
    }
}
