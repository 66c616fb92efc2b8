import NetworkIR

/// The layers a batch-1 inference runtime executes for a network, after the graph rewrites the
/// Engine applies in `Model.fusedForInference()`: every batch norm reading a convolution that
/// nothing else reads is folded into it (the convolution gains a bias), and every ReLU-family
/// activation (relu, relu6, hardSigmoid, hardSwish) reading a convolution, linear layer or add that
/// nothing else reads, directly or through identities that nothing else reads, runs inside that
/// layer's kernel (an add with a fused activation is TFLite's ADD with `fused_activation_function`;
/// the Engine runs some adds inside the convolution producing an operand, which the network does
/// not show, and the plan costs them as adds). A folded or fused layer stays in the graph as an
/// identity, so layer names and indices are unchanged. `ProfilingTests` checks that the plan's network equals the Engine's
/// fused model's network on every shipped search space.
///
/// - Complexity: O(layers + edges).
public struct InferencePlan: Hashable, Sendable {
    /// What the runtime does for one layer.
    public enum Step: Hashable, Sendable {
        /// Runs its kernel, applying `fusedActivation` to the output when there is one.
        case runs(fusedActivation: Activation?)
        /// Folded into (or fused with) the layer at this index; runs as an identity.
        case foldedInto(Int)
    }

    /// The network as written.
    public let original: Network
    /// The executed network: folded and fused layers are identities, folded convolutions have a bias.
    public let network: Network
    public let steps: [Step]

    /// The Engine's inference plan for `network`.
    public init(fusing network: Network) {
        var layers = network.layers
        var steps = [Step](repeating: .runs(fusedActivation: nil), count: layers.count)
        let consumers = network.consumerCounts
        let isSoleReader = { (j: Int) in j >= 0 && consumers[j] == 1 && j != network.outputIndex }
        for i in layers.indices {
            guard case .batchNorm = layers[i].operation, let j = network.inputIndices[i].first, isSoleReader(j),
                  case .conv2d(var conv) = layers[j].operation else { continue }
            conv.bias = true
            layers[j].operation = .conv2d(conv)
            layers[i].operation = .identity
            steps[i] = .foldedInto(j)
        }
        for i in layers.indices {
            guard case .activation(let activation) = layers[i].operation, activation.isReLUFamily,
                  var j = network.inputIndices[i].first, isSoleReader(j) else { continue }
            while case .identity = layers[j].operation, let k = network.inputIndices[j].first, isSoleReader(k) { j = k }
            switch layers[j].operation {
            case .conv2d, .linear, .add: break
            default: continue
            }
            steps[j] = .runs(fusedActivation: activation)
            layers[i].operation = .identity
            steps[i] = .foldedInto(j)
        }
        for i in steps.indices {
            if case .foldedInto(let j) = steps[i], case .foldedInto(let k) = steps[j] { steps[i] = .foldedInto(k) }
        }
        // Replacing layers by identities keeps every shape, so the network stays valid.
        original = network
        self.network = try! Network(name: network.name, inputShape: network.inputShape, layers: layers,
                                    output: network.layers[network.outputIndex].name)
        self.steps = steps
    }

    /// Every layer runs as written (a runtime without graph rewrites).
    public init(unfused network: Network) {
        original = network
        self.network = network
        steps = [Step](repeating: .runs(fusedActivation: nil), count: network.layers.count)
    }

    /// The activation fused into layer `i`'s kernel, if any.
    public func fusedActivation(of i: Int) -> Activation? {
        if case .runs(let activation) = steps[i] { return activation }
        return nil
    }

    /// The layer that absorbed layer `i`, if it was folded or fused.
    public func absorbingLayer(of i: Int) -> Int? {
        if case .foldedInto(let j) = steps[i] { return j }
        return nil
    }
}

extension Activation {
    /// The activations the Engine applies inside a convolution, linear or add kernel.
    var isReLUFamily: Bool {
        switch self {
        case .relu, .relu6, .hardSigmoid, .hardSwish: true
        case .sigmoid, .tanh, .gelu: false
        }
    }
}

extension Network {
    /// How many layers read each layer's output.
    var consumerCounts: [Int] {
        var counts = [Int](repeating: 0, count: layers.count)
        for sources in inputIndices { for j in sources where j >= 0 { counts[j] += 1 } }
        return counts
    }
}
