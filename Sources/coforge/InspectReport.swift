import Foundation
import NetworkIR

/// What `coforge inspect` reports: per-layer counts and totals of one network.
struct InspectReport: Encodable {
    struct LayerRow: Encodable {
        var name: String
        var type: String
        var inputs: [String]
        var outputShape: [Int]
        var macs: Int
        var biasAdds: Int
        var params: Int
        var weightBytes: Int
        var inputActivationBytes: Int
        var outputActivationBytes: Int
    }

    var name: String
    var inputShape: [Int]
    var outputShape: [Int]
    var weightBits: Int
    var activationBits: Int
    var macs: Int
    var biasAdds: Int
    var params: Int
    var weightBytes: Int
    /// Largest live activation set in the listed execution order, without in-place reuse.
    var peakActivationBytes: Int
    var layers: [LayerRow]

    init(network: Network, weightBits: Int, activationBits: Int) throws {
        let counts = network.layerCounts
        let total = counts.reduce(LayerCounts(), +)
        name = network.name
        inputShape = Self.dims(network.inputShape)
        outputShape = Self.dims(network.outputShape)
        self.weightBits = weightBits
        self.activationBits = activationBits
        macs = total.macs
        biasAdds = total.biasAdds
        params = total.parameters
        weightBytes = total.parameterBytes(weightBits: weightBits)
        peakActivationBytes = (try network.liveActivations()).map { $0.bytes(bits: activationBits) }.max() ?? 0
        layers = zip(network.layers, zip(network.shapes, counts)).map { layer, pair in
            let (shape, c) = pair
            return LayerRow(
                name: layer.name, type: layer.operation.typeName, inputs: layer.inputs, outputShape: Self.dims(shape),
                macs: c.macs, biasAdds: c.biasAdds, params: c.parameters,
                weightBytes: c.parameterBytes(weightBits: weightBits),
                inputActivationBytes: c.inputBytes(bits: activationBits),
                outputActivationBytes: c.outputBytes(bits: activationBits))
        }
    }

    private static func dims(_ s: TensorShape) -> [Int] { [s.channels, s.height, s.width] }

    func json() throws -> String { try self.sortedJSON(pretty: true) }

    func table() -> String {
        var rows = [["#", "layer", "type", "output", "MACs", "params", "out bytes"]]
        for (i, l) in layers.enumerated() {
            rows.append([String(i), l.name, l.type, l.outputShape.map(String.init).joined(separator: "x"),
                         Format.grouped(l.macs), Format.grouped(l.params), Format.grouped(l.outputActivationBytes)])
        }
        let header = "\(name): input \(inputShape.map(String.init).joined(separator: "x")), "
            + "\(layers.count) layers; weights int\(weightBits) (bias/BN 32-bit), activations \(activationBits)-bit"
        let totals = [
            "MACs          \(Format.grouped(macs)) (\(Format.scaled(macs)))  + \(Format.grouped(biasAdds)) bias adds",
            "parameters    \(Format.grouped(params)) (\(Format.scaled(params)))",
            "weight bytes  \(Format.grouped(weightBytes)) (\(Format.bytes(weightBytes)))",
            "peak live activations  \(Format.grouped(peakActivationBytes)) B (\(Format.bytes(peakActivationBytes))), layer order, no in-place reuse",
        ]
        return ([header, "", Format.table(rows, leftColumns: 3), ""] + totals).joined(separator: "\n")
    }
}
