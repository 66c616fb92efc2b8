import CostModels
import Foundation
import NetworkIR
@testable import Profiling
import Randomness
import Testing

/// Fitting on synthetic samples recovers the coefficients that generated them.
@Suite struct KernelModelFitTests {
    static func samples(_ seconds: (Double, Double, Int) -> Double) -> [KernelSample] {
        var generator = SeededGenerator(seed: 3)
        return (0..<30).map { i in
            let compute = exp(Double.random(in: -14 ... -6, using: &generator))
            let memory = exp(Double.random(in: -14 ... -6, using: &generator))
            let features = KernelFeatures(values: [Double(i % 5), Double(i / 5), 0, 0, 0, 0, 0, 0])
            return KernelSample(configuration: KernelConfiguration(operation: .add, inputShapes: [.vector(4), .vector(4)]),
                                features: features, computeSeconds: compute, memorySeconds: memory,
                                measuredSeconds: seconds(compute, memory, i))
        }
    }

    @Test func recoversLogLinearCoefficients() {
        let samples = Self.samples { c, m, _ in exp(1.5 + 0.7 * log(c) + 0.25 * log(m)) }
        let model = KernelModelFit.fit(samples, threads: 2, source: "run")
        #expect(model.form == .table)
        #expect(abs(model.intercept - 1.5) < 1e-3)
        #expect(abs((model.logComputeSeconds ?? 0) - 0.7) < 1e-4)
        #expect(abs((model.logMemorySeconds ?? 0) - 0.25) < 1e-4)
        #expect(model.meanAbsoluteRelativeError < 1e-3)
        #expect(model.threads == 2 && model.sampleCount == 30 && model.source == "run")
    }

    /// A factor that depends on a shape feature, not on the roofline terms: the table form wins
    /// and reproduces every measured kernel.
    @Test func choosesTheTableWhenShapeMattersBeyondTheRoofline() throws {
        let samples = Self.samples { c, _, i in c * (i % 5 == 0 ? 3 : 1) }
        let model = KernelModelFit.fit(samples, threads: 1, source: "run")
        #expect(model.form == .table)
        #expect(model.points?.count == 30)
        #expect(model.meanAbsoluteRelativeError < KernelModelFit.leaveOneOutBaselineError(samples, threads: 1) / 2)
        for sample in samples {
            let predicted = try #require(model.predictSeconds(computeSeconds: sample.computeSeconds, memorySeconds: sample.memorySeconds,
                                                              features: sample.features))
            #expect(abs(predicted / sample.measuredSeconds - 1) < 1e-9)
        }
    }

    /// The closed-form leave-one-out error equals refitting without each sample, with and
    /// without the compute term (kernels with no arithmetic, such as reshapes).
    @Test(arguments: [false, true])
    func closedFormLeaveOneOutMatchesRefitting(_ withoutCompute: Bool) {
        var samples = Self.samples { c, m, i in exp(1.5 + 0.7 * log(c) + 0.25 * log(m) + 0.3 * sin(Double(i))) }
        if withoutCompute { for i in samples.indices { samples[i].computeSeconds = 0 } }
        let closed = KernelModelFit.leaveOneOutBaselineError(samples, threads: 1)
        let refitted = KernelModelFit.leaveOneOutBaselineErrorByRefitting(samples, threads: 1)
        #expect(closed > 0.05 && abs(closed / refitted - 1) < 1e-6)
    }
}
