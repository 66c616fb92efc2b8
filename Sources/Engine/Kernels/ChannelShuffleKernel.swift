import NetworkIR

/// ShuffleNet's channel shuffle (Zhang et al., "ShuffleNet: An Extremely Efficient
/// Convolutional Neural Network for Mobile Devices", CVPR 2018, Section 3.1): view the C
/// channels as a `g × C/g` matrix, transpose it and flatten.
///
/// Output channel `k·g + j` is input channel `j·(C/g) + k`; for C = 6, g = 2 the output takes
/// channels `[0, 3, 1, 4, 2, 5]`. Backward applies the inverse permutation to the gradient.
struct ChannelShuffleKernel: LayerKernel {
    let channels: Int
    let plane: Int
    /// The input channel each output channel copies.
    let source: [Int]

    init(groups: Int, input: TensorShape) {
        precondition(groups > 0 && input.channels % groups == 0,
                     "channelShuffle: \(groups) groups must divide \(input.channels) channels")
        channels = input.channels
        plane = input.height * input.width
        let perGroup = input.channels / groups
        source = (0..<input.channels).map { o in (o % groups) * perGroup + o / groups }
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        var y = Tensor(zeros: x.shape)
        permute(from: x, to: &y, inverse: false)
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        var dx = Tensor(zeros: inputs[0].shape)
        permute(from: dy, to: &dx, inverse: true)
        return KernelGradients(inputs: [dx])
    }

    /// Copies plane `source[o]` of `a` to plane `o` of `b`, or plane `o` to `source[o]` when
    /// `inverse`.
    private func permute(from a: Tensor, to b: inout Tensor, inverse: Bool) {
        let c = channels, plane = plane, source = source
        a.withSharedScalars { ap in
            b.withMutableSharedScalars { bp in
                parallelFor(a.batch * c, costPerItem: plane) { planes in
                    for p in planes {
                        let item = p - p % c, o = p % c
                        let (from, to) = inverse ? (p, item + source[o]) : (item + source[o], p)
                        bp.advanced(by: to * plane).update(from: ap.advanced(by: from * plane), count: plane)
                    }
                }
            }
        }
    }
}
