import CostModels
import NetworkIR

/// What a calibration regresses measured latency on.
///
/// - `work`: multiply-accumulates or elements moved per operator kind (`WorkProfile`), with
///   coefficients in seconds per unit of work shrunk toward 0 and a free intercept: the setting
///   for a device nothing is known about.
/// - `profile`: the kernel seconds a CPU cost model predicts, summed per `KernelClass`, with
///   dimensionless correction factors shrunk toward 1 and the per-layer overhead toward the
///   profile's: HELP's idea of adapting a prior to a new device from a few measurements, with
///   the prior a physical model instead of meta-learned weights.
/// - `dataflow`: the same with an accelerator's cost model: each layer's predicted latency
///   (compute + stall cycles / clock, `DataflowCostModel`) summed per `OperatorKind`, correction
///   factors shrunk toward 1 and the per-layer term toward 0 (the model has no dispatch overhead).
public enum RegressorBasis: Sendable {
    case work
    case profile(CPUCostModel)
    case dataflow(DataflowCostModel)

    public func regressors(of network: Network, optimization: GraphOptimization) throws -> WorkProfile {
        switch self {
        case .work:
            return WorkProfile(network: network, optimization: optimization)
        case .profile(let model):
            let layers = try model.cost(of: network).layers
            var profile = WorkProfile()
            for (i, runs) in network.executedLayers(under: optimization).enumerated() where runs {
                profile.workByKind[OperatorKind(layers[i].kernelClass.rawValue), default: 0] += layers[i].kernelSeconds
                profile.executedLayerCount += 1
            }
            return profile
        case .dataflow(let model):
            let estimate = try model.cost(of: network)
            let runs = network.executedLayers(under: optimization)
            var profile = WorkProfile()
            profile.executedLayerCount = runs.count { $0 }
            for (layer, i) in zip(estimate.layers, estimate.layerIndices) where runs[i] {
                profile.workByKind[OperatorKind(layer: i, of: network), default: 0] += layer.latencySeconds
            }
            return profile
        }
    }

    /// Whether the fit has a free constant term (a profile's model has none to calibrate).
    var fitsIntercept: Bool {
        if case .work = self { true } else { false }
    }

    /// θ⁰ for the columns [intercept, kinds…, executed layers].
    func prior(kinds: [OperatorKind]) -> [Double] {
        switch self {
        case .work: [Double](repeating: 0, count: kinds.count + 2)
        case .profile(let model): [0] + kinds.map { _ in 1 } + [model.cpu.layerOverheadSeconds?.value ?? 0]
        case .dataflow: [0] + kinds.map { _ in 1 } + [0]
        }
    }

    /// `work`, or `profile <name>`.
    public var name: String {
        switch self {
        case .work: "work"
        case .profile(let model): "profile \(model.profile.name)"
        case .dataflow(let model): "dataflow \(model.profile.name)"
        }
    }
}
