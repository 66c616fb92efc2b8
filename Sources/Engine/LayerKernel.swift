import NetworkIR

/// Whether a forward pass is for training (batch statistics, saved tensors for backward) or
/// inference (running statistics, nothing saved).
public enum ExecutionMode: Sendable, Equatable {
    case training
    case inference
}

/// How a parameter tensor is initialised.
public enum Initialization: Sendable, Equatable {
    /// He et al. 2015, normal with std = gain / sqrt(fanIn); gain √2 for ReLU-family layers.
    case kaimingNormal(fanIn: Int)
    /// Glorot & Bengio 2010, uniform in ±sqrt(6 / (fanIn + fanOut)).
    case xavierUniform(fanIn: Int, fanOut: Int)
    /// PyTorch's default for `nn.Linear` weights and biases: uniform in ±1/sqrt(fanIn).
    case uniformFanIn(fanIn: Int)
    case constant(Float)
}

/// A named parameter (or buffer) a kernel owns, with its shape and initialisation.
public struct ParameterSpec: Sendable, Equatable {
    public var name: String
    public var shape: [Int]
    public var initialization: Initialization
    /// Whether weight decay applies (weights yes; biases and BN affine terms no, by convention).
    public var decays: Bool

    public init(name: String, shape: [Int], initialization: Initialization, decays: Bool) {
        self.name = name
        self.shape = shape
        self.initialization = initialization
        self.decays = decays
    }
}

/// What a training-mode forward pass keeps for the backward pass.
public struct SavedTensors: Sendable {
    public var tensors: [Tensor] = []
    public var indices: [Int32] = []
    public init(tensors: [Tensor] = [], indices: [Int32] = []) {
        self.tensors = tensors
        self.indices = indices
    }
}

/// Gradients a kernel's backward pass returns.
public struct KernelGradients: Sendable {
    /// One per input, aligned with the layer's inputs.
    public var inputs: [Tensor]
    /// One per parameter, aligned with `parameterSpecs`.
    public var parameters: [Tensor]
    public init(inputs: [Tensor], parameters: [Tensor] = []) {
        self.inputs = inputs
        self.parameters = parameters
    }
}

/// Forward and backward computation of one layer for a fixed input shape (batch excluded).
///
/// Kernels are immutable values built once per layer; mutable state (BN running statistics) is
/// passed in as `buffers`. Inputs and outputs are NCHW with the batch size taken from the input.
public protocol LayerKernel: Sendable {
    /// Learnable parameters, in the order `forward` and `backward` receive and return them.
    var parameterSpecs: [ParameterSpec] { get }
    /// Non-learnable state updated in training (BN running mean and variance).
    var bufferSpecs: [ParameterSpec] { get }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors)

    func backward(
        outputGradient: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients
}

extension LayerKernel {
    public var parameterSpecs: [ParameterSpec] { [] }
    public var bufferSpecs: [ParameterSpec] { [] }
}
