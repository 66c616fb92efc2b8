import CostModels
import NetworkIR
import SearchSpaces

/// nn-Meter's prior sampling (Zhang et al., MobiSys 2021, §4.2): the kernel configurations that
/// networks of the search spaces actually contain, so that the measurements go where
/// predictions will be asked for.
public enum PriorConfigurations {
    /// The distinct kernels of `networksPerSpace` seeded random networks of each space, taken
    /// round-robin over the spaces (one network of each in turn), in order of first appearance.
    ///
    /// - Complexity: O(spaces × networksPerSpace × layers).
    public static func sample(spaces: [any SearchSpace], networksPerSpace: Int,
                              using generator: inout some RandomNumberGenerator) throws -> [KernelConfiguration] {
        var seen: Set<KernelConfiguration> = []
        var ordered: [KernelConfiguration] = []
        for _ in 0..<networksPerSpace {
            for space in spaces {
                let network = try space.network(for: space.sample(using: &generator))
                ordered += newKernels(of: network, seen: &seen)
            }
        }
        return ordered
    }

    /// The kernels of `network`'s inference plan not in `seen` (which gains them).
    public static func newKernels(of network: Network, seen: inout Set<KernelConfiguration>) -> [KernelConfiguration] {
        let plan = InferencePlan(fusing: network)
        return network.layers.indices.compactMap { i in
            guard let configuration = KernelConfiguration(plan: plan, layer: i),
                  seen.insert(configuration).inserted else { return nil }
            return configuration
        }
    }
}
