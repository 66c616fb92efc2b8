/// Builds a `Network` layer by layer, tracking shapes so that architectures can be written the
/// way papers describe them (`conv`, `batchNorm`, `relu`, …) and `SAME` padding can be resolved.
///
/// Methods do not throw: the first shape error is kept and thrown by `build()`.
public struct NetworkBuilder: Sendable {
    /// A handle to a tensor produced so far.
    public struct Tensor: Hashable, Sendable {
        public let name: String
        public let shape: TensorShape
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
    private var firstError: NetworkError?
    private var counters: [String: Int] = [:]

    public init(name: String, input: TensorShape) {
        self.name = name
        self.input = Tensor(name: Network.inputName, shape: input)
    }

    /// Appends a layer; `name` defaults to `<scope>.<type><n>`.
    @discardableResult
    public mutating func add(_ operation: Operation, _ inputs: [Tensor], name: String? = nil) -> Tensor {
        let name = name.map { scope.isEmpty ? $0 : "\(scope).\($0)" } ?? autoName(operation.typeName)
        layers.append(Layer(name: name, operation: operation, inputs: inputs.map(\.name)))
        switch operation.outputShape(for: inputs.map(\.shape)) {
        case .success(let shape):
            return Tensor(name: name, shape: shape)
        case .failure(let mismatch):
            if firstError == nil {
                firstError = .shapeMismatch(layer: name, inputShapes: inputs.map(\.shape), reason: mismatch.description)
            }
            return Tensor(name: name, shape: inputs.first?.shape ?? input.shape)
        }
    }

    /// The finished network; its output is `output` or the last layer added.
    public func build(output: Tensor? = nil) throws(NetworkError) -> Network {
        if let firstError { throw firstError }
        return try Network(name: name, inputShape: input.shape, layers: layers, output: output?.name)
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
