import NetworkIR
import SearchSpaces

/// Networks drawn ahead from one search space, each with the distinct kernel configurations it
/// executes (`KernelConfiguration.executed`), from which the kernel campaign takes, one at a
/// time, the network that adds the largest share of configurations not yet timed in place
/// (`KernelCampaign.mostNovel`).
///
/// Taking greedily from a pool of a few hundred draws is the greedy set cover (Chvátal, Math.
/// Oper. Res. 1979) of the configurations the draws hold, with a network's distinct
/// configurations as its cost: a small space (TinyCNN's few hundred configurations) ends up timed
/// in place nearly in full after about a hundred networks, where independent draws repeat the
/// common configurations and leave the rare ones out. In a large space every draw is new, ties
/// go to the first, and the pool hands its draws out in the order drawn. An empty pool draws
/// `size` more.
struct NetworkPool {
    let space: any SearchSpace
    let size: Int
    private(set) var candidates: [(network: Network, configurations: [KernelConfiguration])] = []

    init(space: any SearchSpace, size: Int) {
        self.space = space
        self.size = max(1, size)
    }

    /// - Complexity: O(size × layers of a network) when the pool is refilled.
    mutating func refillIfEmpty(using generator: inout some RandomNumberGenerator) throws {
        guard candidates.isEmpty else { return }
        candidates = try (0..<size).map { _ in
            let network = try space.network(for: space.sample(using: &generator))
            return (network, Array(Set(KernelConfiguration.executed(in: network).compactMap { $0 })))
        }
    }

    /// The most configurations for which `isTimed` is false that one network of the pool executes.
    ///
    /// - Complexity: O(total configurations of the pool).
    func largestNovelCount(isTimed: (KernelConfiguration) -> Bool) -> Int {
        candidates.map { $0.configurations.count { !isTimed($0) } }.max() ?? 0
    }

    /// Removes and returns the most novel network (`KernelCampaign.mostNovel`), refilling an empty pool first.
    ///
    /// - Complexity: O(total configurations of the pool).
    mutating func take(isTimed: (KernelConfiguration) -> Bool, using generator: inout some RandomNumberGenerator) throws -> Network {
        try refillIfEmpty(using: &generator)
        let index = KernelCampaign.mostNovel(candidates.map(\.configurations), isTimed: isTimed)
        return candidates.remove(at: index).network
    }
}
