import CostModels
import Foundation

extension HardwareProfile {
    /// The profile with a profile-basis calibration folded in: each kernel class's correction
    /// factor c multiplies its kernel model at `threads` (ln t gains ln c; a class with no model
    /// gets the roofline times c), and the fitted per-layer overhead replaces the profile's.
    /// A class whose factor left the fit (0) keeps its model; `notes` says so.
    ///
    /// - Parameters:
    ///   - sourceID: the `sources` entry the new numbers cite, added as `source`.
    ///   - meanAbsoluteRelativeError: the calibrated model's error on its own samples.
    public func calibrated(
        by model: CalibratedLatencyModel, threads: Int, sourceID: String, source: Source,
        meanAbsoluteRelativeError: Double
    ) throws(CalibrationError) -> (profile: HardwareProfile, notes: [String]) {
        guard model.basis.hasPrefix("profile"), var cpu else { throw .notProfileBasis(model.basis) }
        var profile = self
        var notes: [String] = []
        var kernelModels = cpu.kernelModels ?? ProfileTable()
        for (kind, factor) in zip(model.kinds, model.secondsPerWork) {
            guard factor > 0 else {
                notes.append("\(kind.name): its correction left the fit (0); the kernel model is unchanged")
                continue
            }
            let existing = kernelModels[kind.name].flatMap { $0.threads == threads ? $0 : nil }
            var corrected = existing ?? KernelModel(
                intercept: 0, logRooflineSeconds: 1, threads: threads, sampleCount: 0, meanAbsoluteRelativeError: 0,
                source: sourceID)
            corrected.intercept += log(factor)
            corrected.sampleCount = model.fit.sampleCount
            corrected.meanAbsoluteRelativeError = meanAbsoluteRelativeError
            corrected.source = sourceID
            kernelModels[kind.name] = corrected
        }
        cpu.kernelModels = kernelModels
        if model.secondsPerLayer > 0 {
            cpu.layerOverheadSeconds = Quantity(model.secondsPerLayer, source: sourceID)
        } else {
            notes.append("per-layer overhead left the fit (0); cpu.layerOverheadSeconds is unchanged")
        }
        profile.cpu = cpu
        profile.sources[sourceID] = source
        return (profile, notes)
    }
}
