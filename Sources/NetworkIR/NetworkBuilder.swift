/// Builds a `Network` layer by layer, tracking shapes so that architectures can be written the
/// way papers describe them (`conv`, `batchNorm`, `relu`, …) and `SAME` padding can be resolved.
///
/// Methods do not throw: the first error (a shape mismatch, a duplicate or reserved name, a
/// tensor this builder did not produce at that index and name) is kept and thrown by `build()`. Shapes and references are
/// resolved as layers are added, so `build()` does not infer them again.
public struct NetworkBuilder: Sendable {
    /// A handle to a tensor produced so far.
    public struct Tensor: Hashable, Sendable {
        public let name: String
        public let shape: TensorShape
        /// The producing layer's index; −1 for the network input.
        let index: Int
    }

    /// How to pad a convolution or pooling window.
    public enum PaddingRule: Sendable {
        /// No padding.
        case valid
        /// TensorFlow `SAME`: output size ceil(input / stride), odd pixel at the bottom/right.
        case same
        /// PyTorch-style symmetric `(k − 1)/2 · dilation`, which keeps the size at stride 1.
        case half
        case explicit(Padding)
    }

    public let name: String
    public let input: Tensor
    /// Prefix for automatic layer names, e.g. `"stage2.block1"`.
    public var scope = ""
    private(set) var layers: [Layer] = []
    private var shapes: [TensorShape] = []
    private var inputIndices: [[Int]] = []
    private var layerNames: Set<String> = []
    private var firstError: NetworkError?
    private var counters: [String: Int] = [:]

    public init(name: String, input: TensorShape) {
        self.name = name
        self.input = Tensor(name: Network.inputName, shape: input, index: -1)
    }

    /// Appends a layer; `name` defaults to `<scope>.<type><n>`.
    /// - Complexity: O(number of inputs), amortised.
    @discardableResult
    public mutating func add(_ operation: Operation, _ inputs: [Tensor], name: String? = nil) -> Tensor {
        let name = if let name { scope.isEmpty ? name : scope + "." + name } else { autoName(operation.typeName) }
        let index = layers.count
        if name == Network.inputName {
            record(.reservedName(index: index))
        } else if !layerNames.insert(name).inserted {
            record(.duplicateName(name, index: index))
        }
        for x in inputs where x.index < 0 ? x.name != Network.inputName : x.index >= index || layers[x.index].name != x.name {
            record(.unknownInput(layer: name, input: x.name))
        }
        var names: [String] = [], sources: [Int] = [], inShapes: [TensorShape] = []
        for x in inputs {
            names.append(x.name)
            sources.append(x.index)
            inShapes.append(x.shape)
        }
        layers.append(Layer(name: name, operation: operation, inputs: names))
        inputIndices.append(sources)
        let shape: TensorShape
        switch operation.outputShape(for: inShapes) {
        case .success(let inferred):
            shape = inferred
        case .failure(let mismatch):
            record(.shapeMismatch(layer: name, inputShapes: inShapes, reason: mismatch.description))
            shape = inputs.first?.shape ?? input.shape
        }
        shapes.append(shape)
        return Tensor(name: name, shape: shape, index: index)
    }

    /// The finished network; its output is `output` or the last layer added.
    public func build(output: Tensor? = nil) throws(NetworkError) -> Network {
        if let firstError { throw firstError }
        guard !layers.isEmpty else { throw .empty }
        var outputIndex = layers.count - 1
        if let output {
            guard output.index >= 0, output.index < layers.count, layers[output.index].name == output.name else {
                throw .unknownOutput(output.name)
            }
            outputIndex = output.index
        }
        return Network(
            resolvedName: name, inputShape: input.shape, layers: layers, outputIndex: outputIndex, shapes: shapes,
            inputIndices: inputIndices)
    }

    private mutating func record(_ error: NetworkError) {
        if firstError == nil { firstError = error }
    }

    private mutating func autoName(_ type: String) -> String {
        let key = scope.isEmpty ? type : "\(scope).\(type)"
        let n = counters[key, default: 0]
        counters[key] = n + 1
        return n == 0 ? key : "\(key)\(n)"
    }

    func resolve(_ rule: PaddingRule, _ x: TensorShape, kernel: Size2, stride: Size2, dilation: Size2) -> Padding {
        switch rule {
        case .valid: .zero
        case .same: .same(input: x, kernel: kernel, stride: stride, dilation: dilation)
        case .half:
            Padding(top: (kernel.height - 1) / 2 * dilation.height, left: (kernel.width - 1) / 2 * dilation.width,
                    bottom: (kernel.height - 1) / 2 * dilation.height, right: (kernel.width - 1) / 2 * dilation.width)
        case .explicit(let p): p
        }
    }
}

extension Network {
    /// A network whose references and shapes the builder has already resolved.
    init(resolvedName name: String, inputShape: TensorShape, layers: [Layer], outputIndex: Int,
         shapes: [TensorShape], inputIndices: [[Int]]) {
        self.name = name
        self.inputShape = inputShape
        self.layers = layers
        self.outputIndex = outputIndex
        self.shapes = shapes
        self.inputIndices = inputIndices
    }
}
