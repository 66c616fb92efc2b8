/// Why a set of layers does not form a valid network.
public enum NetworkError: Error, Hashable, Sendable {
    case empty
    case reservedName(index: Int)
    case duplicateName(String, index: Int)
    /// An input that names no earlier layer (layers must be listed in a topological order).
    case unknownInput(layer: String, input: String)
    case shapeMismatch(layer: String, inputShapes: [TensorShape], reason: String)
    case unknownOutput(String)
    case invalidOrder(String)
}

extension NetworkError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .empty:
            "network has no layers"
        case .reservedName(let i):
            "layers[\(i)]: the name \"\(Network.inputName)\" is reserved for the network input"
        case .duplicateName(let name, let i):
            "layers[\(i)]: duplicate layer name \"\(name)\""
        case .unknownInput(let layer, let input):
            "layer \"\(layer)\": input \"\(input)\" is not an earlier layer (list layers in execution order)"
        case .shapeMismatch(let layer, let shapes, let reason):
            "layer \"\(layer)\" (inputs \(shapes.map(\.description).joined(separator: ", "))): \(reason)"
        case .unknownOutput(let name):
            "output \"\(name)\" names no layer"
        case .invalidOrder(let reason):
            "invalid execution order: \(reason)"
        }
    }
}
