import CostModels
import Testing

/// SCALE-Sim 3.0.0's own figures as golden values. Obtained with
/// `Benchmarks/.venv/bin/python Benchmarks/scripts/scalesim_side_by_side.py --coforge .build/debug/coforge
///  --golden --layers resnet8_s2_conv_stride2,resnet8_s2_shortcut_1x1,mobilenet_dw_DP,gemm_64x256x64`
/// (ideal-bandwidth `CALC` mode, 6144/6144/2048 KiB SRAMs, one-byte words; a `DP` row summed over
/// SCALE-Sim's per-channel layers), and for `a`/`b` the same configuration on the topology rows
/// `a, 10, 10, 3, 3, 4, 12, 1,` and `b, 9, 9, 3, 3, 5, 20, 2,`.
@Suite struct SystolicScaleSimGoldenTests {
    typealias Dataflow = SystolicArray.Dataflow
    /// name, array side, dataflow, compute cycles, IFMAP SRAM reads, filter SRAM reads, OFMAP SRAM
    /// writes (SCALE-Sim's count), DRAM reads (IFMAP + filter), DRAM writes.
    typealias Golden = (String, Int, Dataflow, Int, Int, Int, Int, Int, Int)

    static let layers: [String: DataflowLayer] = [
        "resnet8_s2_conv_stride2": .init(name: "resnet8_s2_conv_stride2", inputHeight: 34, inputWidth: 34, filterHeight: 3,
                                         filterWidth: 3, channels: 16, filterCount: 32, strideHeight: 2, strideWidth: 2),
        "resnet8_s2_shortcut_1x1": .init(name: "resnet8_s2_shortcut_1x1", inputHeight: 32, inputWidth: 32, filterHeight: 1,
                                         filterWidth: 1, channels: 16, filterCount: 32, strideHeight: 2, strideWidth: 2),
        "mobilenet_dw_DP": .init(name: "mobilenet_dw_DP", inputHeight: 26, inputWidth: 26, filterHeight: 3, filterWidth: 3,
                                 channels: 32, filterCount: 32, strideHeight: 1, strideWidth: 1, groups: 32),
        "gemm_64x256x64": .init(name: "gemm_64x256x64", inputHeight: 64, inputWidth: 256, filterHeight: 1, filterWidth: 256,
                                channels: 1, filterCount: 64, strideHeight: 1, strideWidth: 1),
        "a": .init(name: "a", inputHeight: 10, inputWidth: 10, filterHeight: 3, filterWidth: 3, channels: 4, filterCount: 12,
                   strideHeight: 1, strideWidth: 1),
        "b": .init(name: "b", inputHeight: 9, inputWidth: 9, filterHeight: 3, filterWidth: 3, channels: 5, filterCount: 20,
                   strideHeight: 2, strideWidth: 2),
    ]

    static let golden: [Golden] = [
        ("resnet8_s2_conv_stride2", 8, .outputStationary, 23383, 166464, 170496, 11616, 23104, 9248),
        ("resnet8_s2_shortcut_1x1", 8, .outputStationary, 4439, 18496, 18944, 11616, 4608, 9248),
        ("mobilenet_dw_DP", 8, .outputStationary, 52960, 165888, 20736, 55296, 21920, 18432),
        ("gemm_64x256x64", 8, .outputStationary, 17279, 131072, 131072, 5120, 32768, 4096),
        ("resnet8_s2_conv_stride2", 8, .weightStationary, 22391, 166464, 4608, 166464, 23104, 166464),
        ("resnet8_s2_shortcut_1x1", 8, .weightStationary, 2487, 18496, 512, 18496, 4608, 18496),
        ("mobilenet_dw_DP", 8, .weightStationary, 38240, 165888, 288, 36864, 21920, 36864),
        ("gemm_64x256x64", 8, .weightStationary, 22015, 131072, 16384, 131072, 32768, 131072),
        ("resnet8_s2_conv_stride2", 8, .inputStationary, 35963, 41616, 170496, 166464, 23104, 166464),
        ("resnet8_s2_shortcut_1x1", 8, .inputStationary, 3995, 4624, 18944, 18496, 4608, 18496),
        ("mobilenet_dw_DP", 8, .inputStationary, 105952, 165888, 20736, 36864, 21920, 36864),
        ("gemm_64x256x64", 8, .inputStationary, 22015, 16384, 131072, 131072, 32768, 131072),
        ("resnet8_s2_conv_stride2", 32, .outputStationary, 2059, 41616, 46080, 9888, 23104, 9248),
        ("resnet8_s2_shortcut_1x1", 32, .outputStationary, 779, 4624, 5120, 9888, 4608, 9248),
        ("mobilenet_dw_DP", 32, .outputStationary, 40864, 165888, 5184, 55296, 21920, 18432),
        ("gemm_64x256x64", 32, .outputStationary, 1271, 32768, 32768, 4352, 32768, 4096),
        ("resnet8_s2_conv_stride2", 32, .weightStationary, 1914, 41616, 4608, 46240, 23104, 46240),
        ("resnet8_s2_shortcut_1x1", 32, .weightStationary, 382, 4624, 512, 9248, 4608, 9248),
        ("mobilenet_dw_DP", 32, .weightStationary, 21408, 165888, 288, 18432, 21920, 18432),
        ("gemm_64x256x64", 32, .weightStationary, 2527, 32768, 16384, 32768, 32768, 32768),
        ("resnet8_s2_conv_stride2", 32, .inputStationary, 6299, 41616, 46080, 46240, 23104, 46240),
        ("resnet8_s2_shortcut_1x1", 32, .inputStationary, 1259, 4624, 5120, 9248, 4608, 9248),
        ("mobilenet_dw_DP", 32, .inputStationary, 54688, 165888, 5184, 18432, 21920, 18432),
        ("gemm_64x256x64", 32, .inputStationary, 2527, 16384, 32768, 32768, 32768, 32768),
        ("resnet8_s2_conv_stride2", 128, .outputStationary, 1193, 41616, 13824, 10016, 23104, 9248),
        ("resnet8_s2_shortcut_1x1", 128, .outputStationary, 809, 4624, 1536, 10016, 4608, 9248),
        ("mobilenet_dw_DP", 128, .outputStationary, 42048, 165888, 1440, 59392, 21920, 18432),
        ("gemm_64x256x64", 128, .outputStationary, 509, 16384, 16384, 4352, 32768, 4096),
        ("resnet8_s2_conv_stride2", 128, .weightStationary, 1341, 41616, 4608, 18496, 23104, 18496),
        ("resnet8_s2_shortcut_1x1", 128, .weightStationary, 670, 4624, 512, 9248, 4608, 9248),
        ("mobilenet_dw_DP", 128, .weightStationary, 30624, 165888, 288, 18432, 21920, 18432),
        ("gemm_64x256x64", 128, .weightStationary, 891, 16384, 16384, 8192, 32768, 8192),
        ("resnet8_s2_conv_stride2", 128, .inputStationary, 2483, 41616, 13824, 18496, 23104, 18496),
        ("resnet8_s2_shortcut_1x1", 128, .inputStationary, 1241, 4624, 1536, 9248, 4608, 9248),
        ("mobilenet_dw_DP", 128, .inputStationary, 61248, 165888, 1440, 18432, 21920, 18432),
        ("gemm_64x256x64", 128, .inputStationary, 891, 16384, 16384, 8192, 32768, 8192),
        ("a", 8, .outputStationary, 799, 4608, 3456, 1024, 832, 768),
        ("b", 8, .outputStationary, 353, 2160, 1800, 416, 1305, 320),
        ("a", 8, .weightStationary, 859, 4608, 432, 3840, 832, 3840),
        ("b", 8, .weightStationary, 683, 2160, 900, 1920, 1305, 1920),
        ("a", 8, .inputStationary, 1359, 2304, 3456, 3840, 832, 3840),
        ("b", 8, .inputStationary, 503, 720, 1800, 1920, 1305, 1920),
    ]

    static func array(side: Int, dataflow: Dataflow) -> SystolicArray {
        SystolicArray(rows: side, columns: side, dataflow: dataflow, ifmapSRAMBytes: 6144 * 1024,
                      filterSRAMBytes: 6144 * 1024, ofmapSRAMBytes: 2048 * 1024)
    }

    @Test(arguments: golden)
    func matchesSCALESim(_ golden: Golden) throws {
        let (name, side, dataflow, cycles, ifmapReads, filterReads, ofmapWrites, dramReads, dramWrites) = golden
        let layer = try #require(Self.layers[name])
        let array = Self.array(side: side, dataflow: dataflow)
        let cost = SystolicMapping.cost(of: layer, on: array)
        #expect(cost.computeCycles == cycles)
        #expect(cost.stallCycles == 0)
        let levels = Dictionary(uniqueKeysWithValues: cost.accesses.map { ($0.level, $0) })
        #expect(levels["ifmapSRAM"]?.readWords == ifmapReads)
        #expect(levels["filterSRAM"]?.readWords == filterReads)
        #expect(levels["DRAM"]?.readWords == dramReads)
        #expect(levels["DRAM"]?.writeWords == dramWrites)
        // SCALE-Sim's output-stationary OFMAP count adds R + C per fold to the words written.
        let folding = SystolicFolding(layer: layer, array: array)
        let artefact = dataflow == .outputStationary ? layer.groups * folding.folds * (side + side) : 0
        #expect(levels["ofmapSRAM"].map { $0.writeWords + artefact } == ofmapWrites)
        #expect(abs(cost.utilization - Double(cost.macs) / Double(side * side * cycles)) < 1e-12)
    }
}
