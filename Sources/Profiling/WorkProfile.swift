import NetworkIR

/// The work of the layers a runtime executes, summed per operator kind: the regressors of a
/// calibrated latency model.
///
/// Work is multiply-accumulates for compute-bound kinds and elements read plus written for the
/// rest (pooling, element-wise, batch norm …), the two terms of a roofline per kind.
public struct WorkProfile: Hashable, Sendable {
    public var workByKind: [OperatorKind: Double]
    /// Layers that run, each paying a fixed dispatch overhead.
    public var executedLayerCount: Int

    public init(workByKind: [OperatorKind: Double] = [:], executedLayerCount: Int = 0) {
        self.workByKind = workByKind
        self.executedLayerCount = executedLayerCount
    }

    /// - Complexity: O(L) for L layers.
    public init(network: Network, optimization: GraphOptimization) {
        self.init()
        for (i, runs) in network.executedLayers(under: optimization).enumerated() where runs {
            let kind = OperatorKind(layer: i, of: network)
            let counts = network.counts(ofLayer: i)
            let work = kind.isComputeBound ? counts.macs : counts.inputElements + counts.outputElements
            workByKind[kind, default: 0] += Double(work)
            executedLayerCount += 1
        }
    }
}
