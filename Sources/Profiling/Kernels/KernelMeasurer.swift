import CostModels
import Engine
import NetworkIR
import Randomness

/// Times kernels exactly as the Engine runs them at batch-1 inference, at the Engine's current
/// thread count: in isolation (the layer's kernel in a `Model.fusedForInference()` model, batch
/// norm folded and ReLU-family activation fused, called on random inputs), or in place inside
/// whole networks (`inNetwork`, through `LayerTimes`), where inputs, weights and allocations
/// are as a real pass leaves them. On this development machine isolated avg-pool and conv
/// kernels ran 26 % and 12 % faster than the same kernels inside NAS-Bench-201 networks.
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
        let seconds = timing.seconds {
            _ = kernel.forward(inputs: inputs, parameters: parameters, buffers: &buffers, mode: .inference)
        }
        return try sample(configuration, measuredSeconds: seconds)
    }

    /// The sample of `configuration` measured at `measuredSeconds` (elsewhere, e.g. in a network).
    public func sample(_ configuration: KernelConfiguration, measuredSeconds seconds: Double) throws -> KernelSample {
        let (network, index) = try configuration.network()
        let layer = try costModel.cost(of: network).layers[index]
        let plan = InferencePlan(fusing: network)
        return KernelSample(
            configuration: configuration,
            features: KernelFeatures(network: plan.network, layer: index, fusedActivation: plan.fusedActivation(of: index)),
            computeSeconds: layer.computeSeconds, memorySeconds: layer.memorySeconds, measuredSeconds: seconds)
    }
}

extension KernelMeasurer {
    /// What one network's passes showed: each executed layer's kernel timed in place, and the
    /// time of whole passes (`Model.predict`) that the kernels do not explain.
    public struct NetworkObservation: Sendable {
        public var kernels: [(configuration: KernelConfiguration, seconds: Double)]
        /// Whole pass − Σ executed kernels' times: the Engine's per-layer bookkeeping, releases and
        /// allocations, and the steps left where layers were folded.
        public var unexplainedSeconds: Double
        public var layerCount: Int

        /// The observation of `network` from each layer's in-place seconds and a whole pass.
        ///
        /// Only the executed kernels' times are subtracted from the pass: a folded layer (a batch
        /// norm folded into its convolution, an activation fused into it) still runs as an
        /// identity step, whose in-place time is mostly the timer read around it, and the cost
        /// model charges it the per-layer overhead alone. So the overhead fitted here, spread
        /// over every layer, is what makes Σ kernel models + overhead × layers match the pass
        /// (each kernel sample carries one timer read; subtracting the identity steps' timer reads
        /// as well left the folded steps' cost unexplained: small DS-CNN networks, with about ten
        /// folded steps, were under-predicted by 7–12 µs).
        public init(network: Network, layerSeconds: [Double], passSeconds: Double) {
            var kernels: [(configuration: KernelConfiguration, seconds: Double)] = []
            for (kernel, seconds) in zip(KernelConfiguration.executed(in: network), layerSeconds) {
                if let kernel { kernels.append((kernel, seconds)) }
            }
            self.kernels = kernels
            unexplainedSeconds = passSeconds - kernels.reduce(0) { $0 + $1.seconds }
            layerCount = network.layers.count
        }
    }

    /// Every executed layer of `network` (fused) timed in place over `rounds` passes, then
    /// `rounds` whole passes.
    public func inNetwork(_ network: Network, rounds: Int, using generator: inout some RandomNumberGenerator) -> NetworkObservation {
        let model = Model(network: network, using: &generator).fusedForInference()
        let shape = network.inputShape
        let input = Tensor(shape: [1, shape.channels, shape.height, shape.width],
                           scalars: (0..<shape.elementCount).map { _ in Float.random(in: -1...1, using: &generator) })
        let seconds = LayerTimes.seconds(of: model, input: input, clock: timing.clock, statistic: timing.statistic, rounds: rounds)
        let pass = timing.statistic.summarise((0..<rounds).map { _ in timing.clock.seconds { _ = model.predict(input) } })
        return NetworkObservation(network: network, layerSeconds: seconds, passSeconds: pass)
    }
}
