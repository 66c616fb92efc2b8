import ArgumentParser
import Engine
import Foundation
import ModelZoo
import NetworkIR
import Platform

/// How close the convolution and linear kernels come to the GEMMs inside them.
///
/// For every non-depthwise convolution and every linear layer, the kernel's inference forward
/// pass (im2col, copies, bias and output allocation included) is timed against raw
/// `cblas_sgemm` calls of exactly the shapes the kernel issues (`GEMMShapeReporting`), on
/// preallocated operands at distinct addresses per call. Both run alternately, after warm-up,
/// and the medians are compared; a network's ratio is its total sgemm time over its total
/// kernel time, i.e. aggregate GFLOP/s over aggregate GFLOP/s.
struct GEMMEfficiency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gemm-efficiency",
        abstract: "Convolution and linear kernels' forward GFLOP/s against raw cblas_sgemm on the same GEMM shapes.",
        discussion: """
            Networks: MobileNetV2 1.0 at 224x224 and ResNet-8 at 32x32. Depthwise layers are timed \
            and printed separately; they are not GEMMs and are not part of the ratio.
            The packaged OpenBLAS does not recognise every CPU; on this project's Xeon it falls \
            back to Haswell (AVX2) kernels, and OPENBLAS_CORETYPE=SkylakeX in the environment \
            selects the AVX-512 ones. The header prints the core in use.
            """)

    @Option(help: "Worker threads for Engine kernels and OpenBLAS (EngineThreads.count); default: OpenBLAS's own count.")
    var threads: Int?

    @Option(help: "Timed runs per layer after warm-up; medians are reported.")
    var repeats = 15

    @Option(help: "Untimed warm-up runs per layer.")
    var warmup = 3

    @Option(name: .customLong("batch"), help: "ResNet-8 batch size; repeat the option for several.")
    var batches: [Int] = [1, 64]

    @Option(help: "MobileNetV2 batch size; 0 skips MobileNetV2.")
    var mobilenetBatch = 1

    @Option(help: "Convolution GEMM layout: \(ConvolutionLayout.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout = ConvolutionLayout.automatic.rawValue

    @Option(help: "Measure only layers whose name contains this text.")
    var only: String?

    @Flag(help: "Also time a training step (forward + backward) of each im2col convolution with the im2col matrix kept and recomputed, and of each depthwise convolution.")
    var trainingStep = false

    @Flag(help: "Time with the process CPU clock instead of the wall clock. With --threads 1 on a shared machine this leaves out the time other processes take from the core; with more threads it counts every thread's time, spinning OpenBLAS workers included.")
    var cpuTime = false

    @Flag(help: "Print one JSON document instead of tables.")
    var json = false

    mutating func validate() throws {
        guard repeats >= 1, warmup >= 0 else { throw ValidationError("--repeats must be at least 1 and --warmup at least 0") }
        guard threads.map({ $0 >= 1 }) ?? true else { throw ValidationError("--threads must be at least 1") }
        guard batches.allSatisfy({ $0 >= 1 }), mobilenetBatch >= 0 else { throw ValidationError("batch sizes must be positive") }
        guard ConvolutionLayout(rawValue: layout) != nil else { throw ValidationError("unknown --layout \(layout)") }
    }

    func run() throws {
        if let threads { EngineThreads.count = threads }
        ConvolutionTuning.layout = ConvolutionLayout(rawValue: layout)!
        var workloads: [(Network, Int)] = []
        if mobilenetBatch > 0 { workloads.append((try mobileNetV2(), mobilenetBatch)) }
        for batch in batches { workloads.append((try resNet8(), batch)) }
        let header = BenchmarkHeader(
            core: BLAS.coreName, coreTypeVariable: ProcessInfo.processInfo.environment[BLAS.coreTypeEnvironmentVariable],
            threads: EngineThreads.count, blasConfiguration: BLAS.configuration, layout: layout, repeats: repeats,
            clock: cpuTime ? "process CPU" : "wall")
        if !json { header.print() }
        var reports: [NetworkReport] = []
        for (network, batch) in workloads {
            let measurer = LayerMeasurer(network: network, batch: batch, repeats: repeats, warmup: warmup, only: only, cpuTime: cpuTime)
            var report = measurer.measure()
            if trainingStep {
                (report.trainingSteps, report.depthwiseTrainingSteps) = measurer.measureTrainingSteps()
            }
            if !json { report.print() }
            reports.append(report)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(GEMMEfficiencyResult(header: header, networks: reports))
            Swift.print(String(decoding: data, as: UTF8.self))
        }
    }
}
