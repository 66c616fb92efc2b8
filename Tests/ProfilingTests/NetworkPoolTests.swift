import NetworkIR
import Randomness
@testable import Profiling
import SearchSpaces
import Testing

/// A space's pool hands out, one at a time, the drawn network adding the largest share of
/// configurations not yet timed; a pool of one is plain seeded draws.
@Suite struct NetworkPoolTests {
    static func space() throws -> any SearchSpace { try #require(SearchSpaceCatalog.space(named: "tinycnn-28")) }
    static func distinct(_ network: Network) -> Set<KernelConfiguration> {
        Set(KernelConfiguration.executed(in: network).compactMap { $0 })
    }

    @Test func aPoolOfOneHandsOutTheSeededDrawsInOrder() throws {
        let space = try Self.space()
        var pool = NetworkPool(space: space, size: 1)
        var pooled = SeededGenerator(seed: 11), plain = SeededGenerator(seed: 11)
        for _ in 0..<5 {
            let taken = try pool.take(isTimed: { _ in false }, using: &pooled)
            #expect(taken == (try space.network(for: space.sample(using: &plain))))
        }
    }

    @Test func takesTheMostNovelAndRemovesIt() throws {
        var pool = NetworkPool(space: try Self.space(), size: 12)
        var generator = SeededGenerator(seed: 5)
        try pool.refillIfEmpty(using: &generator)
        let timed = Self.distinct(pool.candidates[0].network)
        let expected = KernelCampaign.mostNovel(pool.candidates.map(\.configurations)) { timed.contains($0) }
        let network = pool.candidates[expected].network
        #expect(try pool.take(isTimed: { timed.contains($0) }, using: &generator) == network)
        #expect(pool.candidates.count == 11)
        #expect(!pool.candidates.contains { $0.network == network })
    }

    @Test func noveltyEndsWhenEveryConfigurationIsTimedAndAnEmptyPoolRefills() throws {
        var pool = NetworkPool(space: try Self.space(), size: 4)
        var generator = SeededGenerator(seed: 2)
        try pool.refillIfEmpty(using: &generator)
        let all = pool.candidates.reduce(into: Set<KernelConfiguration>()) { $0.formUnion($1.configurations) }
        #expect(pool.largestNovelCount { _ in false } > 0)
        #expect(pool.largestNovelCount { all.contains($0) } == 0)
        for _ in 0..<4 { _ = try pool.take(isTimed: { all.contains($0) }, using: &generator) }
        #expect(pool.candidates.isEmpty)
        _ = try pool.take(isTimed: { _ in false }, using: &generator)
        #expect(pool.candidates.count == 3)
    }

    /// Greedy takes from a pool of 400 time more of a small space's configurations in 60
    /// networks than 60 plain draws (seeded), and after 150 takes nearly all of the pool's.
    @Test func greedyTakesCoverASmallSpace() throws {
        let space = try Self.space()
        var pool = NetworkPool(space: space, size: 400)
        var generator = SeededGenerator(seed: 7), plainGenerator = SeededGenerator(seed: 7)
        try pool.refillIfEmpty(using: &generator)
        let reachable = pool.candidates.reduce(into: Set<KernelConfiguration>()) { $0.formUnion($1.configurations) }
        var steered: Set<KernelConfiguration> = [], plain: Set<KernelConfiguration> = []
        for _ in 0..<60 {
            steered.formUnion(Self.distinct(try pool.take(isTimed: { steered.contains($0) }, using: &generator)))
            plain.formUnion(Self.distinct(try space.network(for: space.sample(using: &plainGenerator))))
        }
        #expect(steered.count > plain.count)
        for _ in 60..<150 where pool.largestNovelCount(isTimed: { steered.contains($0) }) > 0 {
            steered.formUnion(Self.distinct(try pool.take(isTimed: { steered.contains($0) }, using: &generator)))
        }
        #expect(steered == reachable)
    }
}
