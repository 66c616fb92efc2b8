import CostModels
import Engine
import NetworkIR
import Randomness

/// Times kernels exactly as the Engine runs them at batch-1 inference: the layer's kernel in a
/// `Model.fusedForInference()` model (batch norm folded, ReLU-family activation fused), called
/// on random inputs with the model's parameters, at the Engine's current thread count.
public struct KernelMeasurer: Sendable {
    public var timing: RepeatedTiming
    /// Prices the roofline terms of each kernel (the profile being built, without kernel models).
    public var costModel: CPUCostModel

    public init(timing: RepeatedTiming, costModel: CPUCostModel) {
        self.timing = timing
        self.costModel = costModel
    }

    public func measure(_ configuration: KernelConfiguration, seed: UInt64) throws -> KernelSample {
        let (network, index) = try configuration.network()
        var generator = SeededGenerator(seed: seed)
        let model = Model(network: network, using: &generator).fusedForInference()
        let inputs = configuration.inputShapes.map { shape in
            Tensor(shape: [1, shape.channels, shape.height, shape.width],
                   scalars: (0..<shape.elementCount).map { _ in Float.random(in: -1...1, using: &generator) })
        }
        let kernel = model.kernels[index], parameters = model.parameters[index]
        var buffers = model.buffers[index]
        let seconds = timing.medianSeconds {
            _ = kernel.forward(inputs: inputs, parameters: parameters, buffers: &buffers, mode: .inference)
        }
        let layer = try costModel.cost(of: network).layers[index]
        let plan = InferencePlan(fusing: network)
        return KernelSample(
            configuration: configuration,
            features: KernelFeatures(network: plan.network, layer: index, fusedActivation: plan.fusedActivation(of: index)),
            computeSeconds: layer.computeSeconds, memorySeconds: layer.memorySeconds, measuredSeconds: seconds)
    }
}
