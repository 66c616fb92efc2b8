import ModelZoo
import NetworkIR
import Testing

@Suite struct ZooTests {
    @Test(arguments: Zoo.names)
    func roundTripsThroughJSON(_ name: String) throws {
        let network = try Zoo.network(named: name, resolution: nil, classes: nil)
        let decoded = try Network(json: try network.jsonData(), source: name)
        #expect(decoded == network)
    }

    @Test(arguments: Zoo.names)
    func namesAreConsistent(_ name: String) throws {
        let network = try Zoo.network(named: name, resolution: nil, classes: nil)
        #expect(network.name == name)
    }

    @Test func defaultsMatchTheFunctions() throws {
        #expect(try Zoo.network(named: "mobilenetv2", resolution: nil, classes: nil) == mobileNetV2())
        #expect(try Zoo.network(named: "resnet8", resolution: nil, classes: nil) == resNet8())
        #expect(try Zoo.network(named: "mcunet-style", resolution: 160, classes: 10)
                == mcunetStyle(resolution: 160, classes: 10))
        #expect(try Zoo.network(named: "lenet5", resolution: 28, classes: 26) == leNet5(classes: 26))
    }

    @Test func unknownNameListsTheZoo() {
        #expect(throws: ZooError.unknownName("resnet50", known: Zoo.names)) {
            try Zoo.network(named: "resnet50", resolution: nil, classes: nil)
        }
        let text = ZooError.unknownName("resnet50", known: Zoo.names).description
        #expect(Zoo.names.allSatisfy { text.contains($0) })
    }

    @Test(arguments: [
        ("fc-autoencoder", 32, nil), ("fc-autoencoder", nil, 10), ("dscnn-kws", 49, nil), ("resnet8", 64, nil),
        ("mobilenetv1-vww", 128, nil), ("mobilenetv1-vww", nil, 10), ("lenet5", 32, nil),
    ] as [(String, Int?, Int?)])
    func fixedInputsRejectOtherValues(name: String, resolution: Int?, classes: Int?) {
        let error = #expect(throws: ZooError.self) {
            try Zoo.network(named: name, resolution: resolution, classes: classes)
        }
        guard case .fixedArgument(let model, let argument, _) = error else {
            Issue.record("expected fixedArgument, got \(String(describing: error))")
            return
        }
        #expect(model == name)
        #expect(argument == (resolution == nil ? "classes" : "resolution"))
    }

    @Test func fixedValuesAreAccepted() throws {
        #expect(try Zoo.network(named: "resnet8", resolution: 32, classes: 100).outputShape == .vector(100))
        #expect(try Zoo.network(named: "mobilenetv1-vww", resolution: 96, classes: 2) == mobileNetV1VWW())
    }

    @Test func nonPositiveArgumentsAreRejected() {
        #expect(throws: ZooError.nonPositive(argument: "resolution", value: 0)) {
            try Zoo.network(named: "resnet18", resolution: 0, classes: nil)
        }
        #expect(throws: ZooError.nonPositive(argument: "classes", value: -1)) {
            try Zoo.network(named: "mobilenetv2", resolution: nil, classes: -1)
        }
    }
}
