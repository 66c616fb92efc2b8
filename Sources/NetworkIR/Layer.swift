/// One node of a network: an operation applied to the outputs of earlier layers.
public struct Layer: Hashable, Sendable {
    /// Unique within the network; `"input"` is reserved for the network input.
    public var name: String
    public var operation: Operation
    /// Names of the layers (or `"input"`) whose outputs feed this one, in order.
    public var inputs: [String]

    public init(name: String, operation: Operation, inputs: [String]) {
        self.name = name
        self.operation = operation
        self.inputs = inputs
    }
}
