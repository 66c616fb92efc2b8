import Testing
@testable import Engine
import NetworkIR
import Randomness

/// Straightforward pooling over explicitly padded coordinates, independent of `PoolWindows`.
private func referencePool(_ x: Tensor, _ pool: Pool2D, max isMax: Bool) -> Tensor {
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let p = pool.padding
    let oh = (h + p.top + p.bottom - pool.kernel.height) / pool.stride.height + 1
    let ow = (w + p.left + p.right - pool.kernel.width) / pool.stride.width + 1
    var y = Tensor(zeros: [n, c, oh, ow])
    for b in 0..<n {
        for ch in 0..<c {
            for i in 0..<oh {
                for j in 0..<ow {
                    var best = -Float.infinity, sum: Float = 0, inside = 0
                    for ki in 0..<pool.kernel.height {
                        for kj in 0..<pool.kernel.width {
                            let r = i * pool.stride.height - p.top + ki
                            let col = j * pool.stride.width - p.left + kj
                            guard r >= 0, r < h, col >= 0, col < w else { continue }
                            let v = x.scalars[((b * c + ch) * h + r) * w + col]
                            best = Swift.max(best, v)
                            sum += v
                            inside += 1
                        }
                    }
                    let divisor = pool.countIncludePad ? pool.kernel.area : inside
                    y.scalars[((b * c + ch) * oh + i) * ow + j] = isMax ? best : sum / Float(divisor)
                }
            }
        }
    }
    return y
}

/// A tensor of distinct values at least 0.1 apart in random order, so that no max-pool window
/// has a near tie that a finite-difference step could flip.
func tieFreeTensor(_ shape: [Int], seed: UInt64) -> Tensor {
    var rng = SeededGenerator(seed: seed)
    let count = shape.reduce(1, *)
    let values = (0..<count).map { Float($0) * 0.1 - Float(count) * 0.05 }.shuffled(using: &rng)
    return Tensor(shape: shape, scalars: values)
}

private func run(_ kernel: any LayerKernel, _ x: Tensor, mode: ExecutionMode = .training) -> (output: Tensor, saved: SavedTensors) {
    var buffers: [Tensor] = []
    return kernel.forward(inputs: [x], parameters: [], buffers: &buffers, mode: mode)
}

private func close(_ a: Tensor, _ b: Tensor, tolerance: Float = 1e-5) -> Bool {
    a.shape == b.shape && zip(a.scalars, b.scalars).allSatisfy { abs($0 - $1) <= tolerance * Swift.max(1, abs($1)) }
}

@Suite("Pooling kernels")
struct PoolingKernelTests {
    @Test("max pool with padding: padded cells never win")
    func maxPoolPadding() {
        let x = Tensor(shape: [1, 1, 3, 3], scalars: (1...9).map { -Float($0) })
        let pool = Pool2D(kernel: 2, stride: 2, padding: Padding(symmetric: 1))
        let kernel = MaxPoolKernel(pool: pool, input: TensorShape(channels: 1, height: 3, width: 3),
                                   output: TensorShape(channels: 1, height: 2, width: 2))
        let (y, saved) = run(kernel, x)
        #expect(y.shape == [1, 1, 2, 2])
        #expect(y.scalars == [-1, -2, -4, -5])
        #expect(saved.indices == [0, 1, 3, 4])
        #expect(run(kernel, x, mode: .inference).saved.indices.isEmpty)
    }

    @Test("max pool ties go to the first cell of the window")
    func maxPoolTies() {
        let x = Tensor(repeating: 2, shape: [1, 1, 2, 2])
        let kernel = MaxPoolKernel(pool: Pool2D(kernel: 2), input: TensorShape(channels: 1, height: 2, width: 2),
                                   output: TensorShape(channels: 1, height: 1, width: 1))
        let (y, saved) = run(kernel, x)
        #expect(y.scalars == [2])
        #expect(saved.indices == [0])
        let dx = kernel.backward(outputGradient: Tensor(repeating: 1, shape: [1, 1, 1, 1]), inputs: [x], output: y,
                                 parameters: [], saved: saved).inputs[0]
        #expect(dx.scalars == [1, 0, 0, 0])
    }

    @Test("avg pool corner and edge windows with and without padding in the divisor", arguments: [true, false])
    func avgPoolCountIncludePad(_ includePad: Bool) {
        let x = Tensor(shape: [1, 1, 3, 3], scalars: (1...9).map { Float($0) })
        let pool = Pool2D(kernel: 3, stride: 1, padding: Padding(symmetric: 1), countIncludePad: includePad)
        let shape = TensorShape(channels: 1, height: 3, width: 3)
        let y = run(AvgPoolKernel(pool: pool, input: shape, output: shape), x).output
        // Window sums; the corner (0, 0) covers 1 + 2 + 4 + 5 = 12 with 4 real cells of 9.
        let sums: [Float] = [12, 21, 16, 27, 45, 33, 24, 39, 28]
        let cells: [Float] = [4, 6, 4, 6, 9, 6, 4, 6, 4]
        let expected = (0..<9).map { sums[$0] / (includePad ? 9 : cells[$0]) }
        #expect(abs(y.scalars[0] - (includePad ? 12 / 9 : 3)) < 1e-6)
        #expect(close(y, Tensor(shape: [1, 1, 3, 3], scalars: expected)))
        #expect(close(y, referencePool(x, pool, max: false)))
    }

    @Test("pools match a reference on asymmetric padding and strides", arguments: [0, 1, 2])
    func poolsMatchReference(_ variant: Int) {
        let pools = [
            Pool2D(kernel: 3, stride: 2, padding: Padding(top: 1, left: 0, bottom: 1, right: 2), countIncludePad: true),
            Pool2D(kernel: Size2(2, 3), stride: Size2(1, 2), padding: Padding(top: 0, left: 1, bottom: 1, right: 1),
                   countIncludePad: false),
            Pool2D(kernel: 3, stride: 1, padding: Padding(symmetric: 1), countIncludePad: false),
        ]
        let pool = pools[variant]
        let input = TensorShape(channels: 3, height: 5, width: 6)
        let output = try! Operation.avgPool(pool).outputShape(for: [input]).get()
        let x = randomTensor([2, 3, 5, 6], seed: UInt64(10 + variant), range: -3...(-1))
        #expect(close(run(AvgPoolKernel(pool: pool, input: input, output: output), x).output,
                      referencePool(x, pool, max: false)))
        #expect(close(run(MaxPoolKernel(pool: pool, input: input, output: output), x).output,
                      referencePool(x, pool, max: true)))
    }

    @Test("max pool gradient, saved and recomputed argmax", arguments: [ExecutionMode.training, .inference])
    func maxPoolGradient(_ mode: ExecutionMode) {
        let pool = Pool2D(kernel: 3, stride: 2, padding: Padding(top: 1, left: 1, bottom: 0, right: 1))
        let input = TensorShape(channels: 3, height: 5, width: 6)
        let output = try! Operation.maxPool(pool).outputShape(for: [input]).get()
        var check = GradientCheck()
        check.mode = mode
        let problems = check.mismatches(
            kernel: MaxPoolKernel(pool: pool, input: input, output: output),
            inputs: [tieFreeTensor([2, 3, 5, 6], seed: 21)], parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("avg pool gradient", arguments: [true, false])
    func avgPoolGradient(_ includePad: Bool) {
        let pool = Pool2D(kernel: 3, stride: 2, padding: Padding(symmetric: 1), countIncludePad: includePad)
        let input = TensorShape(channels: 2, height: 5, width: 4)
        let output = try! Operation.avgPool(pool).outputShape(for: [input]).get()
        let problems = GradientCheck().mismatches(
            kernel: AvgPoolKernel(pool: pool, input: input, output: output),
            inputs: [randomTensor([2, 2, 5, 4], seed: 22)], parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("global average pool value and gradient")
    func globalAvgPool() {
        let kernel = GlobalAvgPoolKernel(input: TensorShape(channels: 2, height: 2, width: 2))
        let x = Tensor(shape: [1, 2, 2, 2], scalars: [1, 2, 3, 4, -1, -1, 0, 6])
        #expect(run(kernel, x).output == Tensor(shape: [1, 2, 1, 1], scalars: [2.5, 1]))
        let problems = GradientCheck().mismatches(
            kernel: GlobalAvgPoolKernel(input: TensorShape(channels: 3, height: 3, width: 2)),
            inputs: [randomTensor([2, 3, 3, 2], seed: 23)], parameters: [])
        #expect(problems.isEmpty, "\(problems)")
    }
}
