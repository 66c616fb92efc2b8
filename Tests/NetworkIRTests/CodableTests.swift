import Foundation
import NetworkIR
import Testing

@Suite struct CodableTests {
    func sample() throws -> Network {
        var b = NetworkBuilder(name: "sample", input: .init(channels: 1, height: 49, width: 10))
        var x = b.conv(b.input, 16, kernel: Size2(10, 4), stride: 2, padding: .same, bias: true)
        x = b.batchNorm(x)
        x = b.activation(x, .hardSwish)
        let y = b.depthwise(x, kernel: 3)
        x = b.add([x, b.squeezeExcite(y, squeezeChannels: 4)])
        x = b.channelShuffle(x, groups: 2)
        x = b.avgPool(x, kernel: 2, countIncludePad: false)
        x = b.globalAvgPool(x)
        x = b.linear(x, 12)
        _ = b.softmax(x)
        return try b.build()
    }

    @Test func roundTrip() throws {
        let net = try sample()
        let decoded = try Network(json: try net.jsonData(), source: "memory")
        #expect(decoded == net)
        #expect(decoded.macs == net.macs)
    }

    @Test func omittedInputsChainLayers() throws {
        let json = #"""
        {"format": "coforge.network", "formatVersion": 1, "name": "mlp", "input": [640, 1, 1],
         "layers": [{"name": "fc1", "type": "linear", "outFeatures": 128},
                    {"name": "act", "type": "relu"},
                    {"name": "fc2", "type": "linear", "outFeatures": 8, "bias": false}]}
        """#
        let net = try Network(json: Data(json.utf8), source: "mlp.json")
        #expect(net.layers.map(\.inputs) == [["input"], ["fc1"], ["act"]])
        #expect(net.macs == 640 * 128 + 128 * 8)
    }

    struct BadJSON: Sendable, CustomTestStringConvertible {
        var label: String
        var layers: String
        var path: String
        var mentions: String
        var testDescription: String { label }
    }

    static let bad: [BadJSON] = [
        .init(label: "kernel of wrong type", layers: #"[{"name":"c","type":"conv2d","outChannels":4,"kernel":"3"}]"#,
              path: "layers[0].kernel", mentions: "expected an integer or [height, width]"),
        .init(label: "missing field", layers: #"[{"name":"c","type":"conv2d","kernel":3}]"#,
              path: "layers[0].outChannels", mentions: "missing"),
        .init(label: "misspelt field", layers: #"[{"name":"c","type":"conv2d","outChannels":4,"kernel":3,"stide":2}]"#,
              path: "layers[0].stide", mentions: "unknown field"),
        .init(label: "unknown type", layers: #"[{"name":"r","type":"relu"},{"name":"c","type":"conv3d"}]"#,
              path: "layers[1].type", mentions: "conv2d"),
        .init(label: "shape mismatch", layers: #"[{"name":"r","type":"relu"},{"name":"fc","type":"linear","outFeatures":3}]"#,
              path: "layers[1]", mentions: "\"fc\""),
        .init(label: "explicit empty inputs", layers: #"[{"name":"r","type":"relu","inputs":[]}]"#,
              path: "layers[0].inputs", mentions: "at least one input"),
        .init(label: "huge padding", layers: #"[{"name":"c","type":"conv2d","outChannels":2,"kernel":3,"padding":9223372036854775807}]"#,
              path: "layers[0]", mentions: "at most"),
    ]

    @Test(arguments: bad)
    func errorsNameTheJSONPath(_ c: BadJSON) {
        let json = #"{"format":"coforge.network","formatVersion":1,"name":"x","input":[1,4,4],"layers":"# + c.layers + "}"
        #expect {
            _ = try Network(json: Data(json.utf8), source: "x.json")
        } throws: { error in
            guard let e = error as? NetworkFileError else { return false }
            return e.source == "x.json" && e.path == c.path && e.description.contains(c.mentions)
        }
    }

    @Test func unknownOutputPointsAtOutput() {
        let json = #"{"format":"coforge.network","formatVersion":1,"name":"x","input":[1,4,4],"output":"zz","layers":[{"name":"a","type":"relu"}]}"#
        #expect {
            _ = try Network(json: Data(json.utf8), source: "o.json")
        } throws: { error in
            (error as? NetworkFileError)?.path == "output"
        }
    }

    @Test func rejectsHugeInputs() {
        let json = #"{"format":"coforge.network","formatVersion":1,"name":"x","input":[3,4611686018427387904,8],"layers":[{"name":"a","type":"relu"}]}"#
        #expect {
            _ = try Network(json: Data(json.utf8), source: "big.json")
        } throws: { error in
            (error as? NetworkFileError)?.path == "input"
        }
    }

    @Test func rejectsOtherFormatVersions() {
        let json = #"{"format":"coforge.network","formatVersion":2,"name":"x","input":[1,4,4],"layers":[]}"#
        #expect {
            _ = try Network(json: Data(json.utf8), source: "v2.json")
        } throws: { error in
            (error as? NetworkFileError)?.path == "formatVersion"
        }
    }
}
