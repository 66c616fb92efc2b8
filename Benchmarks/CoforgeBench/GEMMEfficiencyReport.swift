import Engine
import Foundation

struct BenchmarkHeader: Encodable {
    var core: String
    var coreTypeVariable: String?
    var threads: Int
    var blasConfiguration: String
    var layout: String
    var repeats: Int
    var clock: String

    func print() {
        Swift.print("gemm-efficiency: kernel inference forward vs raw cblas_sgemm on the same GEMM shapes")
        Swift.print("OpenBLAS core \(core), \(threads) threads (OPENBLAS_CORETYPE=\(coreTypeVariable ?? "unset"); "
            + "SkylakeX selects the AVX-512 kernels, which the packaged OpenBLAS may otherwise miss and fall back to Haswell/AVX2)")
        Swift.print("\(blasConfiguration); Engine kernels \(EngineKernels.instructionSet); conv layout \(layout); medians of \(repeats) runs, \(clock) clock")
    }
}

struct GEMMLayerTiming: Encodable {
    var name: String
    var shape: String
    var gemms: [String]
    var flops: Int
    var kernelSeconds: Double
    var sgemmSeconds: Double
    var kernelGFLOPS: Double { Double(flops) / kernelSeconds * 1e-9 }
    var sgemmGFLOPS: Double { Double(flops) / sgemmSeconds * 1e-9 }

    enum CodingKeys: String, CodingKey { case name, shape, gemms, flops, kernelSeconds, sgemmSeconds, kernelGFLOPS, sgemmGFLOPS }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(shape, forKey: .shape)
        try c.encode(gemms, forKey: .gemms)
        try c.encode(flops, forKey: .flops)
        try c.encode(kernelSeconds, forKey: .kernelSeconds)
        try c.encode(sgemmSeconds, forKey: .sgemmSeconds)
        try c.encode(kernelGFLOPS, forKey: .kernelGFLOPS)
        try c.encode(sgemmGFLOPS, forKey: .sgemmGFLOPS)
    }
}

struct DepthwiseTiming: Encodable {
    var name: String
    var shape: String
    var flops: Int
    var kernelSeconds: Double
    var kernelGFLOPS: Double { Double(flops) / kernelSeconds * 1e-9 }
}

struct TrainingStepTiming: Encodable {
    var name: String
    var keptSeconds: Double
    var recomputedSeconds: Double
}

struct NetworkReport: Encodable {
    var network: String
    var batch: Int
    var layers: [GEMMLayerTiming] = []
    var depthwise: [DepthwiseTiming] = []
    var trainingSteps: [TrainingStepTiming]?
    var depthwiseTrainingSteps: [DepthwiseTiming]?

    var totalFlops: Int { layers.reduce(0) { $0 + $1.flops } }
    var kernelSeconds: Double { layers.reduce(0) { $0 + $1.kernelSeconds } }
    var sgemmSeconds: Double { layers.reduce(0) { $0 + $1.sgemmSeconds } }
    /// Aggregate kernel GFLOP/s over aggregate sgemm GFLOP/s.
    var ratio: Double? { layers.isEmpty ? nil : sgemmSeconds / kernelSeconds }

    enum CodingKeys: String, CodingKey {
        case network, batch, layers, depthwise, trainingSteps, depthwiseTrainingSteps, totalFlops, kernelSeconds, sgemmSeconds, ratio
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(network, forKey: .network)
        try c.encode(batch, forKey: .batch)
        try c.encode(layers, forKey: .layers)
        try c.encode(depthwise, forKey: .depthwise)
        try c.encodeIfPresent(trainingSteps, forKey: .trainingSteps)
        try c.encodeIfPresent(depthwiseTrainingSteps, forKey: .depthwiseTrainingSteps)
        try c.encode(totalFlops, forKey: .totalFlops)
        try c.encode(kernelSeconds, forKey: .kernelSeconds)
        try c.encode(sgemmSeconds, forKey: .sgemmSeconds)
        try c.encodeIfPresent(ratio, forKey: .ratio)
    }

    func print() {
        Swift.print("\n\(network), batch \(batch)")
        Swift.print(row("layer", "shape", "GEMMs MxNxK", "MFLOP", "kernel GF/s", "sgemm GF/s", "ratio"))
        for l in layers {
            Swift.print(row(l.name, l.shape, l.gemms.joined(separator: "+"), fixed(Double(l.flops) * 1e-6, 1),
                            fixed(l.kernelGFLOPS, 1), fixed(l.sgemmGFLOPS, 1), percent(l.sgemmSeconds / l.kernelSeconds)))
        }
        let gflop = Double(totalFlops) * 1e-9
        if let ratio { Swift.print("aggregate: \(fixed(gflop * 1e3, 1)) MFLOP; kernel \(fixed(kernelSeconds * 1e3, 3)) ms = "
            + "\(fixed(gflop / kernelSeconds, 1)) GFLOP/s; sgemm \(fixed(sgemmSeconds * 1e3, 3)) ms = "
            + "\(fixed(gflop / sgemmSeconds, 1)) GFLOP/s; ratio \(percent(ratio))") }
        if !depthwise.isEmpty {
            let flops = Double(depthwise.reduce(0) { $0 + $1.flops })
            let seconds = depthwise.reduce(0) { $0 + $1.kernelSeconds }
            Swift.print("depthwise (not in the ratio): \(fixed(flops * 1e-6, 1)) MFLOP in \(fixed(seconds * 1e3, 3)) ms = "
                + "\(fixed(flops / seconds * 1e-9, 2)) GFLOP/s; per layer GFLOP/s:")
            Swift.print(depthwise.map { "\($0.name) \($0.shape) \(fixed($0.kernelGFLOPS, 2))" }.joined(separator: "\n"))
        }
        if let steps = trainingSteps, !steps.isEmpty {
            let kept = steps.reduce(0) { $0 + $1.keptSeconds }, recomputed = steps.reduce(0) { $0 + $1.recomputedSeconds }
            Swift.print("training step of im2col convs (forward + backward): columns kept \(fixed(kept * 1e3, 3)) ms, "
                + "recomputed \(fixed(recomputed * 1e3, 3)) ms")
            for s in steps {
                Swift.print("  \(s.name): kept \(fixed(s.keptSeconds * 1e3, 3)) ms, recomputed \(fixed(s.recomputedSeconds * 1e3, 3)) ms")
            }
        }
        if let steps = depthwiseTrainingSteps, !steps.isEmpty {
            let flops = Double(steps.reduce(0) { $0 + $1.flops }), seconds = steps.reduce(0) { $0 + $1.kernelSeconds }
            Swift.print("depthwise training step (forward + backward, 3x forward FLOPs): \(fixed(seconds * 1e3, 3)) ms = "
                + "\(fixed(flops / seconds * 1e-9, 2)) GFLOP/s")
        }
    }

    private func row(_ cells: String...) -> String {
        let widths = [34, 22, 26, 8, 12, 11, 7]
        return zip(cells, widths).enumerated().map { i, pair in
            i < 3 ? pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0)
                : String(repeating: " ", count: max(0, pair.1 - pair.0.count)) + pair.0
        }.joined(separator: " ")
    }
}

struct GEMMEfficiencyResult: Encodable {
    var header: BenchmarkHeader
    var networks: [NetworkReport]
}

func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
