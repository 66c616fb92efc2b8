/// JSON form of a layer: `{"name": …, "type": …, "inputs": […], <operation fields>}`.
///
/// `inputs` may be omitted, meaning the previous layer (or the network input for the first).
/// Keys that the layer's type does not define are rejected, so a misspelt field cannot be
/// silently replaced by its default.
extension Layer: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, type, inputs }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let type = try c.decode(String.self, forKey: .type)
        let inputs = try c.decodeIfPresent([String].self, forKey: .inputs) ?? []
        if c.contains(.inputs) && inputs.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .inputs, in: c, debugDescription: "must name at least one input; omit the key to read the previous layer")
        }
        let (operation, fields) = try Self.decodeOperation(type: type, decoder: decoder, container: c)
        let allowed = Set(CodingKeys.allCases.map(\.rawValue)).union(fields)
        let any = try decoder.container(keyedBy: AnyCodingKey.self)
        if let unknown = any.allKeys.first(where: { !allowed.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [unknown],
                debugDescription: "unknown field for a \(type) layer; expected one of \(allowed.sorted().joined(separator: ", "))"))
        }
        self.init(name: name, operation: operation, inputs: inputs)
    }

    private static func decodeOperation(
        type: String, decoder: any Decoder, container c: KeyedDecodingContainer<CodingKeys>
    ) throws -> (Operation, [String]) {
        if let activation = Activation(rawValue: type) { return (.activation(activation), []) }
        switch type {
        case "conv2d": return (.conv2d(try Conv2D(from: decoder)), Conv2D.CodingKeys.allCases.map(\.rawValue))
        case "linear": return (.linear(try Linear(from: decoder)), Linear.CodingKeys.allCases.map(\.rawValue))
        case "batchNorm":
            let bn = try decoder.container(keyedBy: BatchNormKeys.self)
            return (.batchNorm(epsilon: try bn.decodeIfPresent(Double.self, forKey: .epsilon) ?? 1e-5), ["epsilon"])
        case "maxPool": return (.maxPool(try Pool2D(from: decoder)), Pool2D.CodingKeys.allCases.map(\.rawValue))
        case "avgPool": return (.avgPool(try Pool2D(from: decoder)), Pool2D.CodingKeys.allCases.map(\.rawValue))
        case "squeezeExcite":
            return (.squeezeExcite(try SqueezeExcite(from: decoder)), SqueezeExcite.CodingKeys.allCases.map(\.rawValue))
        case "channelShuffle":
            let shuffle = try decoder.container(keyedBy: ShuffleKeys.self)
            return (.channelShuffle(groups: try shuffle.decode(Int.self, forKey: .groups)), ["groups"])
        case "globalAvgPool": return (.globalAvgPool, [])
        case "add": return (.add, [])
        case "concat": return (.concat, [])
        case "flatten": return (.flatten, [])
        case "softmax": return (.softmax, [])
        case "identity": return (.identity, [])
        case "zero": return (.zero, [])
        default:
            let known = ["conv2d", "linear", "batchNorm", "maxPool", "avgPool", "globalAvgPool", "add", "concat",
                         "flatten", "softmax", "channelShuffle", "squeezeExcite", "identity", "zero"] + Activation.allCases.map(\.rawValue)
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "unknown layer type \"\(type)\"; expected one of \(known.joined(separator: ", "))")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(operation.typeName, forKey: .type)
        try c.encode(inputs, forKey: .inputs)
        switch operation {
        case .conv2d(let conv): try conv.encode(to: encoder)
        case .linear(let linear): try linear.encode(to: encoder)
        case .batchNorm(let epsilon):
            var bn = encoder.container(keyedBy: BatchNormKeys.self)
            try bn.encode(epsilon, forKey: .epsilon)
        case .maxPool(let pool), .avgPool(let pool): try pool.encode(to: encoder)
        case .squeezeExcite(let se): try se.encode(to: encoder)
        case .channelShuffle(let groups):
            var shuffle = encoder.container(keyedBy: ShuffleKeys.self)
            try shuffle.encode(groups, forKey: .groups)
        case .activation, .globalAvgPool, .add, .concat, .flatten, .softmax, .identity, .zero: break
        }
    }

    private enum BatchNormKeys: String, CodingKey { case epsilon }
    private enum ShuffleKeys: String, CodingKey { case groups }
}

/// A coding key for any string, to list the keys present in a JSON object.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}
