import CKernels
import NetworkIR
import Testing
@testable import Engine

@Suite("Batch-1 direct convolution tiles")
struct DirectConvolutionTilesTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var inChannels, outChannels, height, width, kernel, stride: Int
        var testDescription: String { "\(inChannels)->\(outChannels) \(height)x\(width) k\(kernel) s\(stride)" }

        var geometry: ConvolutionGeometry {
            let conv = Conv2D(outChannels: outChannels, kernel: Size2(kernel, kernel), stride: Size2(stride, stride),
                              padding: .init(symmetric: kernel / 2))
            let input = TensorShape(channels: inChannels, height: height, width: width)
            guard case .success(let output) = Operation.conv2d(conv).outputShape(for: [input]) else {
                fatalError("invalid convolution \(testDescription)")
            }
            return ConvolutionGeometry(conv: conv, input: input, output: output)
        }
    }

    static let shapes = [
        Shape(inChannels: 16, outChannels: 16, height: 32, width: 32, kernel: 3, stride: 1),
        Shape(inChannels: 16, outChannels: 32, height: 32, width: 32, kernel: 3, stride: 2),
        Shape(inChannels: 5, outChannels: 11, height: 13, width: 9, kernel: 3, stride: 1),
        Shape(inChannels: 3, outChannels: 20, height: 7, width: 30, kernel: 5, stride: 2),
        Shape(inChannels: 4, outChannels: 3, height: 6, width: 6, kernel: 1, stride: 2),
    ]

    @Test("every output channel and row belongs to exactly one tile; tile regions are disjoint and in bounds",
          arguments: shapes, [1, 2, 3])
    func tilesPartitionTheOutput(_ shape: Shape, workers: Int) {
        let g = shape.geometry
        let plan = DirectConvolutionPlan(g, level: ck_simd_level())
        let tiles = DirectConvolutionTiles(plan: plan, inChannels: g.inChannels, outChannels: g.outChannels,
                                           workers: workers, minimumMultiplyAdds: 1)
        var owner = [Int](repeating: 0, count: g.outChannels * g.outHeight)
        var regions: [Range<Int>] = []
        for index in 0..<tiles.count {
            let (channels, rows, offset) = tiles.tile(index)
            for c in channels { for r in rows { owner[c * g.outHeight + r] += 1 } }
            // Channel `c` of the tile occupies [offset + k·chunkPositions, +chunkPositions).
            regions += (0..<channels.count).map { k in
                offset + k * tiles.chunkPositions..<offset + (k + 1) * tiles.chunkPositions
            }
            // The last input channel's reads stay inside its slot plus the slack.
            #expect(rows.lowerBound * plan.pitch + plan.offsets.max()! + tiles.chunkPositions
                    <= plan.channelStride + tiles.inputSlack)
        }
        #expect(owner.allSatisfy { $0 == 1 })
        let sorted = regions.sorted { $0.lowerBound < $1.lowerBound }
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        #expect((sorted.last?.upperBound ?? 0) <= tiles.computedFloats)
        #expect(workers > 1 || tiles.count == 1)
    }

    @Test("a layer split into tiles gives the same floats as one tile, at every level",
          .enabled(if: EngineThreads.count > 1, "needs two worker threads"), arguments: shapes)
    func tiledForwardEqualsUntiled(_ shape: Shape) {
        let g = shape.geometry
        let x = randomTensor([1, g.inChannels, g.inHeight, g.inWidth], seed: 41)
        for level in ConvolutionTests.levels {
            var kernel = Conv2DKernel(
                conv: Conv2D(outChannels: g.outChannels, kernel: Size2(g.kernelHeight, g.kernelWidth),
                             stride: Size2(g.strideY, g.strideX), padding: .init(symmetric: g.kernelHeight / 2), bias: true),
                input: TensorShape(channels: g.inChannels, height: g.inHeight, width: g.inWidth),
                output: TensorShape(channels: g.outChannels, height: g.outHeight, width: g.outWidth))
            kernel.layoutPreference = .direct
            kernel.simdLevel = level
            kernel.fusedActivation = .relu6
            let parameters = initialParameters(kernel, seed: 42)
            var whole = kernel, split = kernel
            whole.minimumPieceMultiplyAdds = .max
            split.minimumPieceMultiplyAdds = 1
            var buffers: [Tensor] = []
            let expected = whole.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: .inference).output
            let got = split.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: .inference).output
            #expect(got.scalars == expected.scalars, "level \(level)")
        }
    }
}
