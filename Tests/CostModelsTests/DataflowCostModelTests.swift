import CostModels
import NetworkIR
import Testing

/// Network-level pricing: which layers cost something, how they become dataflow layers, totals.
@Suite struct DataflowCostModelTests {
    /// 1×4×4 → conv 3×3 (padded to 6×6) → folded BN → fused ReLU → add with a zero tensor
    /// (an alias) → avg pool 3×3 → flatten → linear to 2.
    static func network() throws -> Network {
        var b = NetworkBuilder(name: "tiny", input: TensorShape(channels: 1, height: 4, width: 4))
        var x = b.conv(b.input, 1, kernel: 3, name: "conv")
        x = b.batchNorm(x, name: "bn")
        x = b.relu(x)
        let zero = b.zero(x, name: "zero")
        x = b.add([x, zero], name: "sum")
        x = b.avgPool(x, kernel: 3, stride: 1, padding: .half, name: "pool")
        x = b.flatten(x, name: "flatten")
        _ = b.linear(x, 2, name: "classifier")
        return try b.build()
    }

    @Test func onlyWorkingLayersArePriced() throws {
        let model = try DataflowFixture.model()
        let net = try Self.network()
        let estimate = try model.cost(of: net)
        #expect(estimate.layers.map(\.name) == ["conv", "pool", "classifier"])
        #expect(estimate.layerIndices.map { net.layers[$0].name } == ["conv", "pool", "classifier"])
        var conv = DataflowLayerCost(rowStationary: DataflowFixture.single3x3, on: model.array, energy: model.energy, clockHz: 1e8)
        conv.name = "conv"
        #expect(estimate.layers[0] == conv)
        // The pool is a buffer pass: 16 words in, 16 out, at 2 words per cycle.
        #expect([estimate.layers[1].macs, estimate.layers[1].computeCycles] == [0, 16])
        #expect(estimate.layers[2].macs == 32)
        #expect(estimate.computeCycles == estimate.layers.reduce(0) { $0 + $1.computeCycles })
        #expect(estimate.latencySeconds == estimate.layers.reduce(0) { $0 + $1.latencySeconds })
        #expect(abs(estimate.energyJoules! - estimate.energyByLevel.reduce(0) { $0 + $1.energyJoules }) < 1e-18)
        #expect(estimate.energyByLevel.map(\.level) == ["MAC", "registerFile", "array", "globalBuffer", "DRAM"])
        #expect(estimate.peakMemoryBytes == estimate.layers.compactMap(\.onChipBufferBytes).max())
        #expect(abs(estimate.areaSquareMillimetres! - 0.22) < 1e-12)
        #expect(estimate.notes.isEmpty)
    }

    /// With `averagePooling: denseConvolution` the 3×3 pool over 1 channel is the same 6×6 convolution.
    @Test func averagePoolingAsADenseConvolution() throws {
        let text = DataflowFixture.replacing("  dataflow: rowStationary\n", with: "  dataflow: rowStationary\n  averagePooling: denseConvolution\n")
        let estimate = try DataflowCostModel(profile: try DataflowFixture.profile(text)).cost(of: try Self.network())
        #expect(estimate.layers[1].name == "pool")
        #expect([estimate.layers[1].macs, estimate.layers[1].computeCycles] == [144, 12])
        #expect(estimate.layers[1].accesses == estimate.layers[0].accesses)
    }

    /// A strided, padded, depthwise convolution keeps its groups and padded IFMAP; a dilated one
    /// keeps its MACs and output size.
    @Test func convolutionsBecomeDataflowLayers() throws {
        var b = NetworkBuilder(name: "convs", input: TensorShape(channels: 4, height: 8, width: 8))
        let x = b.depthwise(b.input, kernel: 3, stride: 2, name: "dw")
        _ = b.conv(x, 2, kernel: 3, dilation: 2, name: "dilated")
        let net = try b.build()
        let steps = (0..<2).map { DataflowStep.steps(forLayer: $0, of: net, averagePooling: .bufferPass) }
        guard case .convolution(let dw) = steps[0].first, case .convolution(let dilated) = steps[1].first else {
            Issue.record("expected convolutions")
            return
        }
        guard case .conv2d(let conv) = net.layers[0].operation else { return }
        #expect([dw.inputHeight, dw.inputWidth] == [8 + conv.padding.top + conv.padding.bottom, 8 + conv.padding.left + conv.padding.right])
        #expect([dw.channels, dw.filterCount, dw.groups, dw.strideHeight] == [4, 4, 4, 2])
        #expect([dw.outputHeight, dw.outputWidth] == [net.shapes[0].height, net.shapes[0].width])
        #expect([dilated.outputHeight, dilated.outputWidth] == [net.shapes[1].height, net.shapes[1].width])
        #expect(dilated.macs == net.counts(ofLayer: 1).macs)
    }
}
