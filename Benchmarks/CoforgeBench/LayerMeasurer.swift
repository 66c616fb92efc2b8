import Dispatch
import Foundation
import Engine
import NetworkIR
import Randomness

/// Times the GEMM-based and depthwise layers of one network at one batch size, each layer in
/// isolation on random inputs with the model's initial parameters.
struct LayerMeasurer {
    let network: Network
    let batch: Int
    let repeats: Int
    let warmup: Int
    let only: String?
    let cpuTime: Bool

    func measure() -> NetworkReport {
        var generator = SeededGenerator(seed: 1)
        let model = Model(network: network, using: &generator)
        var report = NetworkReport(network: network.name, batch: batch)
        for i in network.layers.indices {
            let layer = network.layers[i]
            guard only.map({ layer.name.contains($0) }) ?? true, let conv = layer.operation.gemmConvolution else { continue }
            let input = network.inputShapes(of: i)[0]
            let x = randomTensor([batch, input.channels, input.height, input.width], using: &generator)
            let kernel = model.kernels[i]
            let parameters = model.parameters[i]
            let forward = {
                var buffers = model.buffers[i]
                sink(kernel.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: .inference).output)
            }
            if let conv, conv.isDepthwise(inChannels: input.channels) {
                let output = network.shapes[i]
                let flops = 2 * batch * output.elementCount * conv.kernel.area
                let seconds = medianSeconds([forward])[0]
                report.depthwise.append(DepthwiseTiming(name: layer.name, shape: "\(input)->\(output)", flops: flops, kernelSeconds: seconds))
                continue
            }
            guard let reporting = kernel as? any GEMMShapeReporting else { continue }
            let shapes = reporting.forwardGEMMs(batch: batch)
            var raw = shapes.map { RawGEMM(shape: $0, using: &generator) }
            let times = medianSeconds([forward, { for j in raw.indices { raw[j].run() } }])
            report.layers.append(GEMMLayerTiming(
                name: layer.name, shape: "\(input)->\(network.shapes[i])", gemms: shapes.map(\.label),
                flops: shapes.reduce(0) { $0 + $1.flops }, kernelSeconds: times[0], sgemmSeconds: times[1]))
        }
        return report
    }

    /// Per im2col convolution, a training-mode forward plus backward with the im2col matrix kept
    /// for backward and with it recomputed, timed alternately; per depthwise convolution, a
    /// forward plus backward.
    func measureTrainingSteps() -> (convolutions: [TrainingStepTiming], depthwise: [DepthwiseTiming]) {
        let limit = ConvolutionTuning.keptColumnsLimit
        var generator = SeededGenerator(seed: 2)
        let model = Model(network: network, using: &generator)
        var timings: [TrainingStepTiming] = []
        var depthwise: [DepthwiseTiming] = []
        for i in network.layers.indices {
            let input = network.inputShapes(of: i)[0]
            guard only.map({ network.layers[i].name.contains($0) }) ?? true,
                  case .conv2d(let conv) = network.layers[i].operation,
                  !(conv.kernel == 1 && conv.stride == 1 && conv.padding == .zero) else { continue }
            let output = network.shapes[i]
            let x = randomTensor([batch, input.channels, input.height, input.width], using: &generator)
            let dy = randomTensor([batch, output.channels, output.height, output.width], using: &generator)
            let kernel = model.kernels[i]
            let parameters = model.parameters[i]
            func step(keeping: Bool) -> () -> Void {
                {
                    ConvolutionTuning.keptColumnsLimit = keeping ? .max : 0
                    var buffers = model.buffers[i]
                    let (y, saved) = kernel.forward(inputs: [x], parameters: parameters, buffers: &buffers, mode: .training)
                    sink(kernel.backward(outputGradient: dy, inputs: [x], output: y, parameters: parameters, saved: saved).inputs[0])
                }
            }
            if conv.isDepthwise(inChannels: input.channels) {
                let seconds = medianSeconds([step(keeping: false)])[0]
                let flops = 3 * 2 * batch * output.elementCount * conv.kernel.area
                depthwise.append(DepthwiseTiming(name: network.layers[i].name, shape: "\(input)->\(output)", flops: flops, kernelSeconds: seconds))
                continue
            }
            let times = medianSeconds([step(keeping: true), step(keeping: false)])
            timings.append(TrainingStepTiming(name: network.layers[i].name, keptSeconds: times[0], recomputedSeconds: times[1]))
        }
        ConvolutionTuning.keptColumnsLimit = limit
        return (timings, depthwise)
    }

    /// Median wall time of each closure over `repeats` rounds that run them one after another.
    private func medianSeconds(_ bodies: [() -> Void]) -> [Double] {
        for _ in 0..<warmup { bodies.forEach { $0() } }
        var samples = [[Double]](repeating: [], count: bodies.count)
        for _ in 0..<repeats {
            for (j, body) in bodies.enumerated() {
                let start = now()
                body()
                samples[j].append(now() - start)
            }
        }
        return samples.map { $0.sorted()[$0.count / 2] }
    }

    private func now() -> Double {
        guard cpuTime else { return Double(DispatchTime.now().uptimeNanoseconds) * 1e-9 }
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

extension NetworkIR.Operation {
    /// `.some(conv)` for a convolution, `.some(nil)` for a linear layer, `nil` for the rest.
    fileprivate var gemmConvolution: Conv2D?? {
        switch self {
        case .conv2d(let conv): return .some(conv)
        case .linear: return .some(nil)
        default: return nil
        }
    }
}

extension GEMMShape {
    var label: String {
        "\(m)x\(n)x\(k)\(transposeA ? "ᵀA" : "")\(transposeB ? "ᵀB" : "")\(count > 1 ? " ×\(count)" : "")"
    }
}

func randomTensor(_ shape: [Int], using generator: inout SeededGenerator) -> Tensor {
    Tensor(shape: shape, scalars: (0..<shape.reduce(1, *)).map { _ in Float.random(in: -1...1, using: &generator) })
}

nonisolated(unsafe) private var sinkCount = 0

/// Keeps a result observable so that the timed work cannot be optimised away.
func sink(_ tensor: Tensor) { sinkCount &+= tensor.count }
