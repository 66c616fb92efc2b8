import Engine
import NetworkIR
import Randomness

/// A fixed reference workload timed now and then, to tell how fast the machine runs at the
/// moment. On a shared (virtual) machine the same network's CPU time drifts by up to 1.8× within
/// minutes (host contention the guest cannot see); dividing a measurement by the probe taken
/// beside it removes that drift, and the profile keeps the run's median probe
/// (`cpu.speedProbeSeconds`) so that later measurements can be put on the profile's scale.
///
/// The workload is a batch-1 pass of a fused inverted residual block on a 32x32x32 input
/// (pointwise 32 → 128 with batch norm and ReLU, depthwise 3x3 with batch norm and ReLU,
/// pointwise 128 → 32 with batch norm, add), then a 3x3 average pool and a 3x3 convolution:
/// the kernels of the search spaces, with 512 KiB tensors that pass through L2 and L3, because
/// the slowed episodes hit cache- and memory-bound kernels hardest (a probe held in L1 missed
/// them). Its time is the median of `runs` passes (about 1 ms each here).
public struct SpeedProbe {
    let model: Model
    let input: Tensor
    public let clock: TimingClock
    public let runs: Int

    public init(clock: TimingClock, runs: Int = 3) {
        let shape = TensorShape(channels: 32, height: 32, width: 32)
        func conv(_ name: String, _ input: String, out: Int, kernel: Int, groups: Int = 1) -> Layer {
            Layer(name: name, operation: .conv2d(Conv2D(outChannels: out, kernel: Size2(square: kernel),
                                                        padding: Padding(symmetric: kernel / 2), groups: groups)), inputs: [input])
        }
        let network = try! Network(name: "speed-probe", inputShape: shape, layers: [
            conv("expand", Network.inputName, out: 128, kernel: 1),
            Layer(name: "expand.bn", operation: .batchNorm(epsilon: 1e-5), inputs: ["expand"]),
            Layer(name: "expand.relu", operation: .activation(.relu), inputs: ["expand.bn"]),
            conv("depthwise", "expand.relu", out: 128, kernel: 3, groups: 128),
            Layer(name: "depthwise.bn", operation: .batchNorm(epsilon: 1e-5), inputs: ["depthwise"]),
            Layer(name: "depthwise.relu", operation: .activation(.relu), inputs: ["depthwise.bn"]),
            conv("project", "depthwise.relu", out: 32, kernel: 1),
            Layer(name: "project.bn", operation: .batchNorm(epsilon: 1e-5), inputs: ["project"]),
            Layer(name: "sum", operation: .add, inputs: ["project.bn", Network.inputName]),
            Layer(name: "pool", operation: .avgPool(Pool2D(kernel: 3, stride: 1, padding: Padding(symmetric: 1), countIncludePad: false)), inputs: ["sum"]),
            conv("conv", "pool", out: 32, kernel: 3),
        ])
        var generator = SeededGenerator(seed: 1)
        model = Model(network: network, using: &generator).fusedForInference()
        input = Tensor(shape: [1, 32, 32, 32], scalars: (0..<shape.elementCount).map { _ in Float.random(in: -1...1, using: &generator) })
        self.clock = clock
        self.runs = runs
    }

    /// The probe's median seconds now.
    public func seconds() -> Double {
        _ = model.predict(input)
        return RepeatedTiming.median((0..<runs).map { _ in clock.seconds { _ = model.predict(input) } })
    }
}
