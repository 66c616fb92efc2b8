import Testing
@testable import Engine
import NetworkIR

/// One convolution configuration under test.
struct ConvolutionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: TensorShape
    var conv: Conv2D
    var batch: Int

    var testDescription: String { "\(name), batch \(batch)\(conv.bias ? ", bias" : "")" }

    var output: TensorShape {
        guard case .success(let shape) = Operation.conv2d(conv).outputShape(for: [input]) else {
            fatalError("\(name): invalid convolution")
        }
        return shape
    }

    var isDepthwise: Bool { conv.isDepthwise(inChannels: input.channels) }

    func kernel() -> any LayerKernel {
        makeKernel(for: .conv2d(conv), inputShapes: [input], outputShape: output)
    }

    func inputTensor(seed: UInt64, range: ClosedRange<Float> = -1...1) -> Tensor {
        randomTensor([batch, input.channels, input.height, input.width], seed: seed, range: range)
    }

    static let all: [ConvolutionCase] = [
        .init(name: "3x3 s1 p1", input: .init(channels: 3, height: 7, width: 6),
              conv: Conv2D(outChannels: 4, kernel: 3, padding: .init(symmetric: 1), bias: true), batch: 1),
        .init(name: "3x3 s2 p1", input: .init(channels: 3, height: 9, width: 7),
              conv: Conv2D(outChannels: 5, kernel: 3, stride: 2, padding: .init(symmetric: 1)), batch: 3),
        .init(name: "3x3 s2 p1 wide", input: .init(channels: 2, height: 6, width: 40),
              conv: Conv2D(outChannels: 3, kernel: 3, stride: 2, padding: .init(symmetric: 1), bias: true), batch: 3),
        .init(name: "3x3 s2 unpadded", input: .init(channels: 2, height: 7, width: 21),
              conv: Conv2D(outChannels: 3, kernel: 3, stride: 2), batch: 1),
        .init(name: "5x5 asymmetric padding", input: .init(channels: 2, height: 8, width: 9),
              conv: Conv2D(outChannels: 3, kernel: 5, padding: .init(top: 1, left: 2, bottom: 3, right: 0), bias: true),
              batch: 3),
        .init(name: "3x5 kernel, 2x1 stride", input: .init(channels: 2, height: 9, width: 8),
              conv: Conv2D(outChannels: 3, kernel: Size2(3, 5), stride: Size2(2, 1), padding: .init(top: 0, left: 2, bottom: 1, right: 1)),
              batch: 1),
        .init(name: "3x3 s1 p1, channel and position blocks with tails", input: .init(channels: 9, height: 12, width: 13),
              conv: Conv2D(outChannels: 11, kernel: 3, padding: .init(symmetric: 1), bias: true), batch: 2),
        .init(name: "3x3 s1 padding wider than the filter", input: .init(channels: 2, height: 5, width: 6),
              conv: Conv2D(outChannels: 3, kernel: 3, padding: .init(symmetric: 3)), batch: 1),
        .init(name: "1x1 stride 2 (projection shortcut), odd width", input: .init(channels: 6, height: 10, width: 13),
              conv: Conv2D(outChannels: 9, kernel: 1, stride: 2, bias: true), batch: 3),
        .init(name: "1x1 stride 2, 16 output positions a row", input: .init(channels: 4, height: 32, width: 32),
              conv: Conv2D(outChannels: 10, kernel: 1, stride: 2), batch: 1),
        .init(name: "1x1 padded", input: .init(channels: 3, height: 5, width: 7),
              conv: Conv2D(outChannels: 4, kernel: 1, padding: .init(top: 1, left: 2, bottom: 0, right: 1), bias: true),
              batch: 2),
        .init(name: "1x1 pointwise", input: .init(channels: 5, height: 4, width: 6),
              conv: Conv2D(outChannels: 7, kernel: 1, bias: true), batch: 3),
        .init(name: "1x1 pointwise", input: .init(channels: 6, height: 3, width: 5),
              conv: Conv2D(outChannels: 4, kernel: 1), batch: 1),
        .init(name: "1x1 pointwise, channel and position tails split by positions", input: .init(channels: 13, height: 11, width: 13),
              conv: Conv2D(outChannels: 23, kernel: 1, bias: true), batch: 1),
        .init(name: "1x1 pointwise 7x7, channel tails split by channels", input: .init(channels: 20, height: 7, width: 7),
              conv: Conv2D(outChannels: 45, kernel: 1, bias: true), batch: 1),
        .init(name: "1x1 pointwise groups 2", input: .init(channels: 4, height: 3, width: 5),
              conv: Conv2D(outChannels: 6, kernel: 1, groups: 2, bias: true), batch: 3),
        .init(name: "1x1 stride 2", input: .init(channels: 4, height: 7, width: 5),
              conv: Conv2D(outChannels: 3, kernel: 1, stride: 2), batch: 1),
        .init(name: "1x1 stride 2", input: .init(channels: 4, height: 6, width: 8),
              conv: Conv2D(outChannels: 3, kernel: 1, stride: 2, bias: true), batch: 3),
        .init(name: "3x3 dilation 2", input: .init(channels: 3, height: 9, width: 8),
              conv: Conv2D(outChannels: 4, kernel: 3, padding: .init(symmetric: 2), dilation: 2, bias: true), batch: 3),
        .init(name: "3x3 groups 2", input: .init(channels: 4, height: 6, width: 5),
              conv: Conv2D(outChannels: 6, kernel: 3, padding: .init(symmetric: 1), groups: 2), batch: 3),
        .init(name: "3x3 s2 groups 4", input: .init(channels: 8, height: 5, width: 7),
              conv: Conv2D(outChannels: 8, kernel: 3, stride: 2, padding: .init(symmetric: 1), groups: 4, bias: true),
              batch: 1),
        .init(name: "depthwise multiplier 2", input: .init(channels: 3, height: 6, width: 7),
              conv: Conv2D(outChannels: 6, kernel: 3, padding: .init(symmetric: 1), groups: 3, bias: true), batch: 3),
        .init(name: "depthwise 3x3 s1", input: .init(channels: 3, height: 11, width: 20),
              conv: Conv2D(outChannels: 3, kernel: 3, padding: .init(symmetric: 1), groups: 3, bias: true), batch: 3),
        .init(name: "depthwise 3x3 s1", input: .init(channels: 2, height: 5, width: 4),
              conv: Conv2D(outChannels: 2, kernel: 3, padding: .init(symmetric: 1), groups: 2), batch: 1),
        .init(name: "depthwise 3x3 s2 TF-same", input: .init(channels: 3, height: 10, width: 37),
              conv: Conv2D(outChannels: 3, kernel: 3, stride: 2, padding: .init(top: 0, left: 0, bottom: 1, right: 1), groups: 3),
              batch: 1),
        .init(name: "depthwise 3x3 s2 p1", input: .init(channels: 2, height: 9, width: 36),
              conv: Conv2D(outChannels: 2, kernel: 3, stride: 2, padding: .init(symmetric: 1), groups: 2, bias: true),
              batch: 3),
        .init(name: "depthwise 5x5 s1", input: .init(channels: 2, height: 9, width: 21),
              conv: Conv2D(outChannels: 2, kernel: 5, padding: .init(symmetric: 2), groups: 2, bias: true), batch: 1),
        .init(name: "depthwise 5x5 s2", input: .init(channels: 2, height: 12, width: 40),
              conv: Conv2D(outChannels: 2, kernel: 5, stride: 2, padding: .init(symmetric: 2), groups: 2), batch: 3),
        .init(name: "depthwise 3x3 s2 p1, 8 wide", input: .init(channels: 3, height: 16, width: 16),
              conv: Conv2D(outChannels: 3, kernel: 3, stride: 2, padding: .init(symmetric: 1), groups: 3, bias: true), batch: 1),
        .init(name: "depthwise 5x5 s2 TF-same", input: .init(channels: 2, height: 10, width: 32),
              conv: Conv2D(outChannels: 2, kernel: 5, stride: 2, padding: .init(top: 1, left: 1, bottom: 2, right: 2), groups: 2),
              batch: 3),
        .init(name: "depthwise 3x3 s1 p1, rows of vectors with tails", input: .init(channels: 3, height: 6, width: 53),
              conv: Conv2D(outChannels: 3, kernel: 3, padding: .init(symmetric: 1), groups: 3, bias: true), batch: 2),
        .init(name: "depthwise 3x3 dilation 2 asymmetric", input: .init(channels: 2, height: 7, width: 9),
              conv: Conv2D(outChannels: 2, kernel: 3, padding: .init(top: 2, left: 1, bottom: 0, right: 3), dilation: 2,
                           groups: 2, bias: true), batch: 3),
        .init(name: "depthwise 3x3 without padding", input: .init(channels: 2, height: 6, width: 18),
              conv: Conv2D(outChannels: 2, kernel: 3, groups: 2), batch: 1),
    ]
}

/// Direct convolution in Double: for every output, the sum over the taps of its group's input
/// channels, skipping taps in the padding.
func referenceConvolution(_ x: Tensor, weight: Tensor, bias: Tensor?, conv: Conv2D, output: TensorShape) -> [Double] {
    let (batch, channels, height, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let groupIn = channels / conv.groups, groupOut = conv.outChannels / conv.groups
    let (kh, kw) = (conv.kernel.height, conv.kernel.width)
    var y = [Double](repeating: 0, count: batch * output.elementCount)
    for n in 0..<batch {
        for o in 0..<conv.outChannels {
            let group = o / groupOut
            for oy in 0..<output.height {
                for ox in 0..<output.width {
                    var sum = bias.map { Double($0.scalars[o]) } ?? 0
                    for ci in 0..<groupIn {
                        let c = group * groupIn + ci
                        for ky in 0..<kh {
                            let iy = oy * conv.stride.height + ky * conv.dilation.height - conv.padding.top
                            guard iy >= 0 && iy < height else { continue }
                            for kx in 0..<kw {
                                let ix = ox * conv.stride.width + kx * conv.dilation.width - conv.padding.left
                                guard ix >= 0 && ix < width else { continue }
                                let xv = Double(x.scalars[((n * channels + c) * height + iy) * width + ix])
                                let wv = Double(weight.scalars[((o * groupIn + ci) * kh + ky) * kw + kx])
                                sum += xv * wv
                            }
                        }
                    }
                    y[((n * conv.outChannels + o) * output.height + oy) * output.width + ox] = sum
                }
            }
        }
    }
    return y
}
