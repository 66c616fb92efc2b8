import Foundation
import NetworkIR

/// Few-shot calibration of a latency model to a device from a handful of measured networks
/// (the setting of HELP, Lee et al., NeurIPS 2021: ten measurements on a new device).
///
/// Every candidate setting (runtime graph optimisation × ridge strength × loss) is fitted by
/// `RelativeRegression` and scored by leave-one-out over the samples: the mean absolute log
/// ratio of held-out prediction to measurement. The best setting is refitted on all samples.
public struct LatencyCalibration: Sendable {
    public var optimizations: [GraphOptimization]
    public var ridges: [Double]
    public var losses: [RelativeRegression.Loss]

    public init(
        optimizations: [GraphOptimization] = GraphOptimization.allCases,
        ridges: [Double] = [1e-3, 1e-2, 1e-1, 1],
        losses: [RelativeRegression.Loss] = RelativeRegression.Loss.allCases
    ) {
        self.optimizations = optimizations
        self.ridges = ridges
        self.losses = losses
    }

    /// The calibrated model for `networks` measured at `latenciesSeconds`.
    ///
    /// - Complexity: O(S · n · F) for S = optimizations × ridges × losses settings, n samples and
    ///   F the cost of one `RelativeRegression.fit`.
    public func fit(networks: [Network], latenciesSeconds: [Double]) throws(CalibrationError) -> CalibratedLatencyModel {
        guard networks.count == latenciesSeconds.count else {
            throw .mismatchedCounts(networks: networks.count, latencies: latenciesSeconds.count)
        }
        guard networks.count >= 3 else { throw .tooFewSamples(networks.count) }
        if let bad = latenciesSeconds.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .nonPositiveLatency(index: bad, value: latenciesSeconds[bad])
        }
        var best: (error: Double, model: CalibratedLatencyModel)?
        for optimization in optimizations {
            let work = networks.map { WorkProfile(network: $0, optimization: optimization) }
            let kinds = Set(work.flatMap(\.workByKind.keys)).sorted()
            let rows = work.map { CalibratedLatencyModel.regressors(of: $0, kinds: kinds) }
            for ridge in ridges {
                for loss in losses {
                    let regression = RelativeRegression(ridge: ridge, loss: loss)
                    let error = Self.leaveOneOutError(regression, rows: rows, targets: latenciesSeconds)
                    guard best == nil || error < best!.error else { continue }
                    let fit = LatencyFit(ridge: ridge, loss: loss, sampleCount: networks.count,
                                         leaveOneOutMeanAbsoluteLogError: error)
                    let model = CalibratedLatencyModel(
                        optimization: optimization, kinds: kinds,
                        coefficients: regression.fit(rows, latenciesSeconds), fit: fit)
                    best = (error, model)
                }
            }
        }
        return best!.model
    }

    /// Mean |log(prediction / target)| of each sample predicted by a fit on the others; a
    /// non-positive prediction counts as a factor of 10 off.
    static func leaveOneOutError(_ regression: RelativeRegression, rows: [[Double]], targets: [Double]) -> Double {
        var total = 0.0
        for held in rows.indices {
            let others = rows.indices.filter { $0 != held }
            let theta = regression.fit(others.map { rows[$0] }, others.map { targets[$0] })
            let predicted = zip(rows[held], theta).reduce(0) { $0 + $1.0 * $1.1 }
            total += predicted > 0 ? abs(log(predicted / targets[held])) : log(10.0)
        }
        return total / Double(rows.count)
    }
}
