import NetworkIR
import Platform
import Randomness

/// A `Network` made executable: one kernel per layer plus its parameters and buffers.
///
/// `Model` is a value: copying it copies the weights (copy-on-write). Parameters are stored per
/// layer in the order of each kernel's `parameterSpecs`.
public struct Model: Sendable {
    public let network: Network
    public let kernels: [any LayerKernel]
    public var parameters: [[Tensor]]
    public var buffers: [[Tensor]]
    /// Inference fusion: layer → the layer whose output its kernel reads as a second input, the
    /// other operand of an add run inside it (`fusedForInference()`); empty otherwise.
    let fusedAddendSources: [Int: Int]

    /// Builds kernels for every layer and initialises parameters from `generator`.
    ///
    /// With the seeded generator every Coforge run uses, the weights are drawn through a copy of
    /// the sampling specialised for it: the same numbers, several times faster than through the
    /// generic path, which looks up generic metadata for every number drawn (weight sampling
    /// took 60 % of `coforge profile`'s time, most of it on this).
    public init<G: RandomNumberGenerator>(network: Network, using generator: inout G) {
        if var seeded = generator as? SeededGenerator {
            self.init(building: network, using: &seeded)
            generator = seeded as! G
        } else {
            self.init(building: network, using: &generator)
        }
    }

    private init(building network: Network, using generator: inout some RandomNumberGenerator) {
        MallocTuning.keepLargeBlocks()
        self.network = network
        fusedAddendSources = [:]
        var kernels: [any LayerKernel] = []
        for i in network.layers.indices {
            kernels.append(makeKernel(
                for: network.layers[i].operation, inputShapes: network.inputShapes(of: i),
                outputShape: network.shapes[i]))
        }
        self.kernels = kernels
        self.parameters = kernels.map { kernel in
            kernel.parameterSpecs.map { spec in
                Tensor(shape: spec.shape, scalars: spec.initialization.sample(
                    count: spec.shape.reduce(1, *), using: &generator))
            }
        }
        self.buffers = kernels.map { kernel in
            kernel.bufferSpecs.map { spec in
                Tensor(shape: spec.shape, scalars: spec.initialization.sample(
                    count: spec.shape.reduce(1, *), using: &generator))
            }
        }
    }

    /// A model with the given parameters and buffers, which must match each kernel's specs.
    public init(network: Network, parameters: [[Tensor]], buffers: [[Tensor]]) {
        MallocTuning.keepLargeBlocks()
        self.network = network
        fusedAddendSources = [:]
        self.kernels = network.layers.indices.map { i in
            makeKernel(
                for: network.layers[i].operation, inputShapes: network.inputShapes(of: i),
                outputShape: network.shapes[i])
        }
        for (i, kernel) in kernels.enumerated() {
            precondition(
                kernel.parameterSpecs.map(\.shape) == parameters[i].map(\.shape)
                    && kernel.bufferSpecs.map(\.shape) == buffers[i].map(\.shape),
                "Model: parameters of layer \(network.layers[i].name) do not match its kernel")
        }
        self.parameters = parameters
        self.buffers = buffers
    }

    /// A model from prepared kernels (inference fusion).
    init(network: Network, kernels: [any LayerKernel], parameters: [[Tensor]], buffers: [[Tensor]],
         fusedAddendSources: [Int: Int] = [:]) {
        self.network = network
        self.kernels = kernels
        self.fusedAddendSources = fusedAddendSources
        self.parameters = parameters
        self.buffers = buffers
    }

    /// The layers (−1: the network input) whose outputs layer `i`'s kernel reads, in order: the
    /// layer's inputs in the network, then, after inference fusion, the addend of an add fused
    /// into it. Whoever calls a kernel on its own must pass these.
    public func kernelInputIndices(of i: Int) -> [Int] {
        network.inputIndices[i] + (fusedAddendSources[i].map { [$0] } ?? [])
    }

    /// Index of the layer whose output are the logits (see `Network.logitsIndex`).
    public var logitsIndex: Int { network.logitsIndex }

    /// Total number of learnable scalars.
    public var parameterCount: Int {
        parameters.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
    }

    /// `layerName.parameterName` for each parameter and buffer, in storage order.
    public var namedTensors: [(name: String, tensor: Tensor)] {
        var result: [(String, Tensor)] = []
        for (i, layer) in network.layers.enumerated() {
            for (spec, t) in zip(kernels[i].parameterSpecs, parameters[i]) {
                result.append(("\(layer.name).\(spec.name)", t))
            }
            for (spec, t) in zip(kernels[i].bufferSpecs, buffers[i]) {
                result.append(("\(layer.name).\(spec.name)", t))
            }
        }
        return result
    }
}

extension Network {
    /// Index of the layer whose output are the logits: the output layer, or the input of a final
    /// softmax (training and evaluation fuse softmax into the cross-entropy loss).
    public var logitsIndex: Int {
        if case .softmax = layers[outputIndex].operation, let source = inputIndices[outputIndex].first, source >= 0 {
            return source
        }
        return outputIndex
    }
}
