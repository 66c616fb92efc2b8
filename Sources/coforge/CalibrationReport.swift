import Foundation
import Profiling

/// What `coforge calibrate` fitted, as text or JSON.
struct CalibrationReport: Encodable {
    var samples: Int
    var threads: Int
    var graphOptimization: String
    var corrections: [String: Double]
    var layerOverheadSeconds: Double
    var leaveOneOutMeanAbsoluteLogError: Double
    /// MAPE on the measured networks before (profile as given) and after calibration, fractions.
    var profileMAPE: Double
    var calibratedMAPE: Double
    var out: String
    var notes: [String]

    init(model: CalibratedLatencyModel, threads: Int, out: String, notes: [String], profileMAPE: Double,
         calibratedMAPE: Double) {
        samples = model.fit.sampleCount
        self.threads = threads
        graphOptimization = model.optimization.rawValue
        corrections = Dictionary(uniqueKeysWithValues: zip(model.kinds.map(\.name), model.secondsPerWork))
        layerOverheadSeconds = model.secondsPerLayer
        leaveOneOutMeanAbsoluteLogError = model.fit.leaveOneOutMeanAbsoluteLogError
        self.profileMAPE = profileMAPE
        self.calibratedMAPE = calibratedMAPE
        self.out = out
        self.notes = notes
    }

    var text: String {
        var lines = ["calibrated on \(samples) networks at \(threads) threads (runtime: \(graphOptimization)); wrote \(out)"]
        lines += corrections.keys.sorted().map { "  \($0): × \(fixed(corrections[$0]!, 3))" }
        lines.append("  per-layer overhead: \(fixed(layerOverheadSeconds * 1e6, 2)) µs")
        lines.append("  MAPE on the measured networks: \(fixed(100 * profileMAPE, 1)) % before, \(fixed(100 * calibratedMAPE, 1)) % after; leave-one-out mean |log ratio| \(fixed(leaveOneOutMeanAbsoluteLogError, 3))")
        lines += notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }

    func json() throws -> String { try self.sortedJSON() }
}
