import CostModels
import Foundation

/// Fits the kernel model of one kernel class to its measured samples and keeps the form that
/// predicts held-out samples best.
///
/// `logLinear`: least squares of ln(measured) on [1, ln computeSeconds, ln memorySeconds]
/// (a term that is 0 for some sample, such as the compute of a reshape, is left out); with
/// fewer than 4 samples, the roofline scaled by the geometric mean ratio of measured to
/// roofline. `table` (from 3 samples): the same baseline plus the samples as points, so that a
/// measured kernel shape is predicted as measured, with the neighbour count (0, 1, 2, 3, 5 or 8)
/// whose interpolation predicts each held-out sample from the others best; 0, exact matches
/// only, scores as the held-out baseline. The model's error is that leave-one-out mean absolute
/// relative error.
public enum KernelModelFit {
    static let neighbourChoices = [1, 2, 3, 5, 8]

    /// - Complexity: O(n² · features) for n samples (leave-one-out over the neighbour table).
    public static func fit(_ samples: [KernelSample], threads: Int, source: String) -> KernelModel {
        precondition(!samples.isEmpty, "KernelModelFit needs samples")
        let baseline = fitBaseline(samples, threads: threads, source: source)
        let baselineError = leaveOneOutBaselineError(samples, threads: threads)
        guard samples.count >= 3 else {
            var model = baseline
            model.meanAbsoluteRelativeError = baselineError
            return model
        }
        let points = samples.map { sample in
            KernelPoint(features: sample.features.values,
                        logResidual: log(sample.measuredSeconds) - log(baseline.baselineSeconds(sample)))
        }
        let interpolation = NeighbourInterpolation(points: points)
        var best = (error: baselineError, neighbours: 0)
        for k in neighbourChoices {
            var total = 0.0
            for (i, sample) in samples.enumerated() {
                let predicted = baseline.baselineSeconds(sample)
                    * exp(interpolation.logResidual(at: sample.features.values, neighbours: k, excluding: i))
                total += abs(predicted - sample.measuredSeconds) / sample.measuredSeconds
            }
            if total / Double(samples.count) < best.error { best = (total / Double(samples.count), k) }
        }
        var model = baseline
        model.meanAbsoluteRelativeError = best.error
        model.form = .table
        model.neighbourCount = best.neighbours
        model.points = points
        return model
    }

    /// The regressors of the logLinear fit: [1, ln memorySeconds] and ln computeSeconds when
    /// every sample has compute.
    static func baselineRows(_ samples: [KernelSample]) -> (rows: [[Double]], usesCompute: Bool) {
        let useCompute = samples.allSatisfy { $0.computeSeconds > 0 }
        return (samples.map { s in [1, log(s.memorySeconds)] + (useCompute ? [log(s.computeSeconds)] : []) }, useCompute)
    }

    /// The logLinear model of `samples` (its error field is the in-sample error).
    static func fitBaseline(_ samples: [KernelSample], threads: Int, source: String) -> KernelModel {
        let y = samples.map { log($0.measuredSeconds) }
        var model: KernelModel
        if samples.count < 4 {
            let ratios = zip(samples, y).map { $1 - log(max($0.computeSeconds, $0.memorySeconds)) }
            model = KernelModel(intercept: ratios.reduce(0, +) / Double(ratios.count), logRooflineSeconds: 1, threads: threads,
                                sampleCount: samples.count, meanAbsoluteRelativeError: 0, source: source)
        } else {
            let (rows, useCompute) = baselineRows(samples)
            let beta = LeastSquares.solve(rows: rows, targets: y, ridge: 1e-12)
            model = KernelModel(intercept: beta[0], logComputeSeconds: useCompute ? beta[2] : nil, logMemorySeconds: beta[1],
                                threads: threads, sampleCount: samples.count, meanAbsoluteRelativeError: 0, source: source)
        }
        let errors = samples.map { abs(model.baselineSeconds($0) - $0.measuredSeconds) / $0.measuredSeconds }
        model.meanAbsoluteRelativeError = errors.reduce(0, +) / Double(errors.count)
        return model
    }

    /// Each sample predicted by the baseline fitted to the others: from 5 samples in closed form
    /// (the least-squares leave-one-out residual in log space is rᵢ / (1 − hᵢᵢ), with rᵢ the
    /// residual of the full fit and hᵢᵢ the row's leverage; Allen, Technometrics 1974), so a
    /// class of thousands of kernels costs one fit, not thousands. It equals refitting up to
    /// the 10⁻¹² ridge, which is scaled by the whole set's Gram trace.
    ///
    /// - Complexity: O(n · p³) for n samples and p ≤ 3 regressors.
    static func leaveOneOutBaselineError(_ samples: [KernelSample], threads: Int) -> Double {
        guard samples.count >= 5 else { return leaveOneOutBaselineErrorByRefitting(samples, threads: threads) }
        let (rows, _) = baselineRows(samples)
        let y = samples.map { log($0.measuredSeconds) }
        let fit = LeastSquares.fit(rows: rows, targets: y, ridge: 1e-12)
        var total = 0.0
        for (row, target) in zip(rows, y) {
            let residual = target - zip(row, fit.coefficients).reduce(0) { $0 + $1.0 * $1.1 }
            let heldOut = residual / max(1 - fit.leverage(of: row), 1e-12)
            total += abs(exp(-heldOut) - 1)
        }
        return total / Double(samples.count)
    }

    /// `leaveOneOutBaselineError` by refitting without each sample in turn.
    ///
    /// - Complexity: O(n² · p²).
    static func leaveOneOutBaselineErrorByRefitting(_ samples: [KernelSample], threads: Int) -> Double {
        guard samples.count > 1 else { return 0 }
        var total = 0.0
        for i in samples.indices {
            var others = samples
            others.remove(at: i)
            let model = fitBaseline(others, threads: threads, source: "")
            total += abs(model.baselineSeconds(samples[i]) - samples[i].measuredSeconds) / samples[i].measuredSeconds
        }
        return total / Double(samples.count)
    }
}

extension KernelModel {
    /// The logLinear prediction for a sample (the roofline when a term the fit uses is 0 s there).
    func baselineSeconds(_ sample: KernelSample) -> Double {
        baselineSeconds(computeSeconds: sample.computeSeconds, memorySeconds: sample.memorySeconds)
            ?? max(sample.computeSeconds, sample.memorySeconds)
    }
}

extension KernelModelFit {
    /// Each sample's relative error under `model` (fitted to `samples`): held out of the neighbour
    /// table for `table` models, in-sample for `logLinear`. Adaptive sampling measures near the
    /// largest.
    public static func heldOutErrors(_ samples: [KernelSample], model: KernelModel) -> [Double] {
        let interpolation = model.points.map { NeighbourInterpolation(points: $0) }
        return samples.enumerated().map { i, sample in
            var predicted = model.baselineSeconds(sample)
            if let interpolation, model.form == .table {
                predicted *= exp(interpolation.logResidual(at: sample.features.values, neighbours: model.neighbourCount ?? 1, excluding: i))
            }
            return abs(predicted - sample.measuredSeconds) / sample.measuredSeconds
        }
    }

    /// A model per kernel class present in `samples`, keyed by the class's raw value.
    public static func fitAll(_ samples: [KernelSample], threads: Int, source: String) -> [String: KernelModel] {
        Dictionary(grouping: samples, by: \.kernelClass).reduce(into: [:]) { models, entry in
            models[entry.key.rawValue] = fit(entry.value, threads: threads, source: source)
        }
    }
}
