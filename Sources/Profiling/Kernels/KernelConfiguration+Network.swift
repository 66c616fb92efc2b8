import CostModels
import NetworkIR

extension KernelConfiguration {
    /// Each layer's kernel as the Engine runs `network` (`InferencePlan(fusing:)`), nil where a
    /// layer is folded into another.
    public static func executed(in network: Network) -> [KernelConfiguration?] {
        let plan = InferencePlan(fusing: network)
        return network.layers.indices.map { KernelConfiguration(plan: plan, layer: $0) }
    }
}
