import NetworkIR
import Testing

/// The builder resolves references and shapes as layers are added; `build()` must give the
/// network that `Network.init` would, and report the errors it would.
@Suite struct NetworkBuilderResolutionTests {
    static let shape = TensorShape(channels: 3, height: 8, width: 8)

    @Test func buildMatchesFullValidation() throws {
        var b = NetworkBuilder(name: "t", input: Self.shape)
        let a = b.conv(b.input, 4, kernel: 3, name: "a")
        let c = b.conv(b.input, 4, kernel: 1, name: "c")
        let sum = b.add([a, c], name: "sum")
        _ = b.relu(sum)
        let built = try b.build(output: sum)
        let validated = try Network(name: "t", inputShape: Self.shape, layers: built.layers, output: "sum")
        #expect(built == validated)
        #expect(built.inputIndices == [[-1], [-1], [0, 1], [2]])
    }

    @Test func reportsNameAndReferenceErrors() {
        var duplicate = NetworkBuilder(name: "t", input: Self.shape)
        _ = duplicate.relu(duplicate.activation(duplicate.input, .relu, name: "a"))
        _ = duplicate.activation(duplicate.input, .relu, name: "a")
        #expect(throws: NetworkError.duplicateName("a", index: 2)) { try duplicate.build() }

        var reserved = NetworkBuilder(name: "t", input: Self.shape)
        _ = reserved.identity(reserved.input, name: "input")
        #expect(throws: NetworkError.reservedName(index: 0)) { try reserved.build() }

        var other = NetworkBuilder(name: "other", input: Self.shape)
        let foreign = other.identity(other.input, name: "x")
        var b = NetworkBuilder(name: "t", input: Self.shape)
        _ = b.relu(foreign)
        #expect(throws: NetworkError.unknownInput(layer: "relu", input: "x")) { try b.build() }

        var c = NetworkBuilder(name: "t", input: Self.shape)
        _ = c.identity(c.input, name: "y")
        #expect(throws: NetworkError.unknownOutput("x")) { try c.build(output: foreign) }
        #expect(throws: NetworkError.empty) { try NetworkBuilder(name: "t", input: Self.shape).build() }
    }
}
