/// A neural network as a directed acyclic graph of layers with inferred shapes.
///
/// A `Network` is always consistent: the initializer resolves every input reference and infers
/// every shape, and throws `NetworkError` naming the first layer that does not fit. Layers are
/// stored in a topological order, which is also the default execution order.
public struct Network: Hashable, Sendable {
    /// The reserved name by which layers refer to the network input.
    public static let inputName = "input"

    public let name: String
    public let inputShape: TensorShape
    public let layers: [Layer]
    /// Index of the layer whose output is the network output.
    public let outputIndex: Int
    /// Output shape of each layer, aligned with `layers`.
    public let shapes: [TensorShape]
    /// For each layer, the indices of the layers it reads; `-1` is the network input.
    public let inputIndices: [[Int]]

    public init(name: String, inputShape: TensorShape, layers: [Layer], output: String? = nil) throws(NetworkError) {
        guard !layers.isEmpty else { throw .empty }
        var indexByName: [String: Int] = [:]
        var shapes: [TensorShape] = []
        var inputIndices: [[Int]] = []
        shapes.reserveCapacity(layers.count)
        for (i, layer) in layers.enumerated() {
            guard layer.name != Self.inputName else { throw .reservedName(index: i) }
            guard indexByName[layer.name] == nil else { throw .duplicateName(layer.name, index: i) }
            var sources: [Int] = []
            for input in layer.inputs {
                if input == Self.inputName {
                    sources.append(-1)
                } else if let j = indexByName[input] {
                    sources.append(j)
                } else {
                    throw .unknownInput(layer: layer.name, input: input)
                }
            }
            let inShapes = sources.map { $0 < 0 ? inputShape : shapes[$0] }
            switch layer.operation.outputShape(for: inShapes) {
            case .success(let shape): shapes.append(shape)
            case .failure(let m): throw .shapeMismatch(layer: layer.name, inputShapes: inShapes, reason: m.description)
            }
            inputIndices.append(sources)
            indexByName[layer.name] = i
        }
        let outputIndex: Int
        if let output {
            guard let i = indexByName[output] else { throw .unknownOutput(output) }
            outputIndex = i
        } else {
            outputIndex = layers.count - 1
        }
        self.init(resolvedName: name, inputShape: inputShape, layers: layers, outputIndex: outputIndex,
                  shapes: shapes, inputIndices: inputIndices)
    }

    public var outputShape: TensorShape { shapes[outputIndex] }

    /// Input shapes of layer `i`, in the order of its `inputs`.
    public func inputShapes(of i: Int) -> [TensorShape] {
        inputIndices[i].map { $0 < 0 ? inputShape : shapes[$0] }
    }
}
