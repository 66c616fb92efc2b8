import CostModels
import NetworkIR

/// One kernel as the Engine runs it at batch-1 inference: an executed layer of an
/// `InferencePlan` (operation, input shapes, fused activation), the unit that `coforge profile`
/// measures and a kernel model predicts.
public struct KernelConfiguration: Hashable, Sendable {
    /// The executed operation (a convolution with a folded batch norm has its bias).
    public var operation: NetworkIR.Operation
    public var inputShapes: [TensorShape]
    public var fusedActivation: Activation?

    public init(operation: NetworkIR.Operation, inputShapes: [TensorShape], fusedActivation: Activation? = nil) {
        self.operation = operation
        self.inputShapes = inputShapes
        self.fusedActivation = fusedActivation
    }

    /// Layer `i` of `plan`, or nil when it was folded into another layer.
    public init?(plan: InferencePlan, layer i: Int) {
        guard plan.absorbingLayer(of: i) == nil else { return nil }
        self.init(operation: plan.network.layers[i].operation, inputShapes: plan.network.inputShapes(of: i),
                  fusedActivation: plan.fusedActivation(of: i))
    }

    public var kernelClass: KernelClass { KernelClass(operation: operation, inputs: inputShapes) }

    /// A network whose layer `measuredIndex`, after `Model.fusedForInference()`, is this kernel:
    /// producers for the extra inputs (identities, or 1x1 convolutions where the channels
    /// differ), the layer, and the fused activation after it.
    public func network() throws -> (network: Network, measuredIndex: Int) {
        var layers: [Layer] = []
        var inputs = [Network.inputName]
        for (k, shape) in inputShapes.enumerated().dropFirst() {
            let operation: NetworkIR.Operation = shape == inputShapes[0]
                ? .identity : .conv2d(Conv2D(outChannels: shape.channels, kernel: 1))
            layers.append(Layer(name: "input\(k)", operation: operation, inputs: [Network.inputName]))
            inputs.append("input\(k)")
        }
        layers.append(Layer(name: "kernel", operation: operation, inputs: inputs))
        let measured = layers.count - 1
        if let fusedActivation {
            layers.append(Layer(name: "activation", operation: .activation(fusedActivation), inputs: ["kernel"]))
        }
        return (try Network(name: "kernel", inputShape: inputShapes[0], layers: layers), measured)
    }
}
