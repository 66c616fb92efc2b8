import CoDesign
import CostModels
import NetworkIR
import Randomness
import SearchSpaces
import Testing

/// The co-design space priced by the real accelerator model (`DataflowCostModel`): every
/// dataflow the knobs offer maps, and the knobs move the figures the way the model says.
@Suite struct AcceleratorModelPricingTests {
    static let cell = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_1x1~1|+|skip_connect~0|avg_pool_3x3~1|nor_conv_3x3~2|"

    static func evaluator() throws -> CoDesignEvaluator<NB201Space, DataflowCostModel> {
        let space = try CoDesignSpace(network: NB201Space(), hardware: Fixtures.standardSpace())
        return CoDesignEvaluator(space: space, makeModel: { try DataflowCostModel(profile: $0) }, accuracy: { _ in 90 })
    }

    @Test(arguments: ["rowStationary", "outputStationary", "weightStationary", "inputStationary"])
    func everyDataflowIsPriced(_ dataflow: String) throws {
        let evaluator = try Self.evaluator()
        let genome = try evaluator.space.genome(string: Self.cell + "@peRowCount=12,peColumnCount=14,globalBufferKiB=108,registerFileBytes=520,dataflow=\(dataflow),weightBits=16,activationBits=16")
        let price = try evaluator.price(of: genome)
        #expect(price.latencySeconds > 0)
        #expect((price.energyJoules ?? 0) > 0)
        #expect(price.areaSquareMillimetres > 0)
        #expect(price.peakMemoryBytes > 0)
    }

    /// On a systolic profile each convolution's cycles are SCALE-Sim's (`SystolicMapping`) on the
    /// IFMAP its windows read.
    @Test func systolicProfilesUseTheScaleSimFolding() throws {
        let space = try Fixtures.standardSpace()
        let configuration = try space.configuration(for: space.genome(string: "peRowCount=12,peColumnCount=14,globalBufferKiB=108,registerFileBytes=520,dataflow=weightStationary,weightBits=16,activationBits=16"))
        let model = try DataflowCostModel(profile: space.profile(for: configuration))
        var b = NetworkBuilder(name: "one-conv", input: TensorShape(channels: 16, height: 32, width: 32))
        _ = b.conv(b.input, 32, kernel: 3, stride: 2)
        let estimate = try model.cost(of: b.build())
        let layer = DataflowLayer(name: "c", inputHeight: 33, inputWidth: 33, filterHeight: 3, filterWidth: 3, channels: 16,
                                  filterCount: 32, strideHeight: 2, strideWidth: 2)
        let expected = SystolicMapping.cost(of: layer, on: SystolicArray(
            rows: 12, columns: 14, dataflow: .weightStationary, ifmapSRAMBytes: 36_864, filterSRAMBytes: 36_864,
            ofmapSRAMBytes: 36_864, wordBytes: 2))
        #expect(estimate.layers.first?.computeCycles == expected.computeCycles)
        #expect(estimate.layers.first?.macs == 16 * 16 * 9 * 16 * 32)
    }

    /// Halving both operand widths quarters the MAC energy (weight bits × activation bits).
    @Test func narrowerOperandsCostLessMACEnergy() throws {
        let space = try Fixtures.standardSpace()
        func macJoules(_ bits: Int) throws -> Double {
            let c = try space.configuration(for: space.genome(string: "peRowCount=12,peColumnCount=14,globalBufferKiB=108,registerFileBytes=520,dataflow=rowStationary,weightBits=\(bits),activationBits=\(bits)"))
            return try #require(space.profile(for: c).asicDataflow?.macEnergyJoules?.value)
        }
        #expect(abs(try macJoules(8) / macJoules(16) - 0.25) < 1e-12)
    }
}
