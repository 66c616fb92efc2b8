import Engine
import NetworkIR
import Randomness

/// A fixed reference workload timed now and then, to tell how fast the machine runs at the
/// moment. On a shared (virtual) machine the same network's CPU time drifts by up to 1.8× within
/// minutes (host contention the guest cannot see); dividing a measurement by the probe taken
/// beside it removes that drift, and the profile keeps the run's median probe
/// (`cpu.speedProbeSeconds`) so that later measurements can be put on the profile's scale.
///
/// The workload is a batch-1 pass of a fused 3x3 convolution (16 → 16 channels, 16x16, batch
/// norm and ReLU), a 3x3 average pool and an add: the compute- and memory-bound kernels of
/// the search spaces. Its time is the median of `runs` passes.
public struct SpeedProbe {
    let model: Model
    let input: Tensor
    public let clock: TimingClock
    public let runs: Int

    public init(clock: TimingClock, runs: Int = 5) {
        let shape = TensorShape(channels: 16, height: 16, width: 16)
        let network = try! Network(name: "speed-probe", inputShape: shape, layers: [
            Layer(name: "conv", operation: .conv2d(Conv2D(outChannels: 16, kernel: 3, padding: Padding(symmetric: 1))), inputs: [Network.inputName]),
            Layer(name: "bn", operation: .batchNorm(epsilon: 1e-5), inputs: ["conv"]),
            Layer(name: "relu", operation: .activation(.relu), inputs: ["bn"]),
            Layer(name: "pool", operation: .avgPool(Pool2D(kernel: 3, stride: 1, padding: Padding(symmetric: 1), countIncludePad: false)), inputs: ["relu"]),
            Layer(name: "sum", operation: .add, inputs: ["pool", Network.inputName]),
        ])
        var generator = SeededGenerator(seed: 1)
        model = Model(network: network, using: &generator).fusedForInference()
        input = Tensor(shape: [1, 16, 16, 16], scalars: (0..<4096).map { _ in Float.random(in: -1...1, using: &generator) })
        self.clock = clock
        self.runs = runs
    }

    /// The probe's median seconds now.
    public func seconds() -> Double {
        _ = model.predict(input)
        return RepeatedTiming.median((0..<runs).map { _ in clock.seconds { _ = model.predict(input) } })
    }
}
