import Foundation
import NetworkIR

/// Few-shot calibration of a latency model to a device from a handful of measured networks
/// (the setting of HELP, Lee et al., NeurIPS 2021: ten measurements on a new device).
///
/// Every candidate setting (runtime graph optimisation × ridge strength × loss) is fitted by
/// `RelativeRegression` and scored by leave-one-out over the samples: the mean absolute log
/// ratio of held-out prediction to measurement. The setting chosen by the one-standard-error
/// rule is refitted on all samples.
public struct LatencyCalibration: Sendable {
    public var optimizations: [GraphOptimization]
    public var ridges: [Double]
    public var losses: [RelativeRegression.Loss]
    public var basis: RegressorBasis

    public init(
        basis: RegressorBasis = .work,
        optimizations: [GraphOptimization] = GraphOptimization.allCases,
        ridges: [Double] = [1e-3, 1e-2, 1e-1, 1],
        losses: [RelativeRegression.Loss] = RelativeRegression.Loss.allCases
    ) {
        self.optimizations = optimizations
        self.ridges = ridges
        self.losses = losses
        self.basis = basis
    }

    /// The calibrated model for `networks` measured at `latenciesSeconds`.
    ///
    /// - Complexity: O(S · n · F) for S = optimizations × ridges × losses settings, n samples and
    ///   F the cost of one `RelativeRegression.fit`.
    public func fit(networks: [Network], latenciesSeconds: [Double]) throws -> CalibratedLatencyModel {
        guard networks.count == latenciesSeconds.count else {
            throw CalibrationError.mismatchedCounts(networks: networks.count, latencies: latenciesSeconds.count)
        }
        guard networks.count >= 3 else { throw CalibrationError.tooFewSamples(networks.count) }
        if let bad = latenciesSeconds.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw CalibrationError.nonPositiveLatency(index: bad, value: latenciesSeconds[bad])
        }
        var candidates: [Candidate] = []
        for optimization in optimizations {
            let work = try networks.map { try basis.regressors(of: $0, optimization: optimization) }
            let kinds = Set(work.flatMap(\.workByKind.keys)).sorted()
            let rows = work.map { CalibratedLatencyModel.regressors(of: $0, kinds: kinds) }
            for ridge in ridges {
                for loss in losses {
                    let regression = RelativeRegression(
                        ridge: ridge, loss: loss, prior: basis.prior(kinds: kinds), fitsIntercept: basis.fitsIntercept)
                    let errors = Self.leaveOneOutErrors(regression, rows: rows, targets: latenciesSeconds)
                    candidates.append(Candidate(optimization: optimization, kinds: kinds, rows: rows,
                                                regression: regression, errors: errors))
                }
            }
        }
        let chosen = Self.oneStandardErrorChoice(candidates)
        let fit = LatencyFit(ridge: chosen.regression.ridge, loss: chosen.regression.loss, sampleCount: networks.count,
                             leaveOneOutMeanAbsoluteLogError: chosen.mean)
        return CalibratedLatencyModel(
            basis: basis.name, optimization: chosen.optimization, kinds: chosen.kinds,
            coefficients: chosen.regression.fit(chosen.rows, latenciesSeconds), fit: fit)
    }

    /// The "one standard error" rule (Hastie, Tibshirani & Friedman, *Elements of Statistical
    /// Learning*, §7.10): the runtime of the lowest leave-one-out error, and within it the
    /// strongest ridge whose error is within one standard error of that lowest; ten samples
    /// make the raw minimum a noisy pick.
    static func oneStandardErrorChoice(_ candidates: [Candidate]) -> Candidate {
        let best = candidates.min { $0.mean < $1.mean }!
        let threshold = best.mean + best.standardError
        return candidates.filter { $0.optimization == best.optimization && $0.mean <= threshold }
            .max { ($0.regression.ridge, -$0.mean) < ($1.regression.ridge, -$1.mean) }!
    }

    /// One setting tried by `fit`, with its leave-one-out errors.
    struct Candidate {
        var optimization: GraphOptimization
        var kinds: [OperatorKind]
        var rows: [[Double]]
        var regression: RelativeRegression
        var errors: [Double]

        var mean: Double { errors.reduce(0, +) / Double(errors.count) }
        var standardError: Double {
            let m = mean
            let variance = errors.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(max(errors.count - 1, 1))
            return (variance / Double(errors.count)).squareRoot()
        }
    }

    /// |log(prediction / target)| of each sample predicted by a fit on the others; a
    /// non-positive prediction counts as a factor of 10 off.
    static func leaveOneOutErrors(_ regression: RelativeRegression, rows: [[Double]], targets: [Double]) -> [Double] {
        rows.indices.map { held in
            let others = rows.indices.filter { $0 != held }
            let theta = regression.fit(others.map { rows[$0] }, others.map { targets[$0] })
            let predicted = zip(rows[held], theta).reduce(0) { $0 + $1.0 * $1.1 }
            return predicted > 0 ? abs(log(predicted / targets[held])) : log(10.0)
        }
    }
}
