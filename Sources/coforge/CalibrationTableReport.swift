import Foundation
import Profiling

/// One seed of `calibrate-table`: the held-out quality and the model chosen.
struct SeedResult {
    var seed: UInt64
    var quality: PredictionQuality
    var model: CalibratedLatencyModel

    var line: String {
        "seed \(seed): spearman \(fixed(quality.spearman, 3)) kendall \(fixed(quality.kendall, 3)) "
            + "mape \(fixed(100 * quality.mape, 1)) % within10 \(fixed(100 * quality.within10, 1)) % "
            + "(\(model.optimization.rawValue), \(model.fit.loss.rawValue) loss, ridge \(model.fit.ridge))"
    }
}

/// Medians over seeds of `calibrate-table`, as text or JSON.
struct CalibrationTableReport: Encodable {
    var spearman: Double
    var kendall: Double
    var mape: Double
    var within10: Double
    var samples: Int
    var seeds: Int
    var predicted: Int
    var column: String

    init(perSeed: [SeedResult], samples: Int, column: String) {
        func median(_ metric: (PredictionQuality) -> Double) -> Double {
            let sorted = perSeed.map { metric($0.quality) }.sorted()
            let n = sorted.count
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        }
        spearman = median(\.spearman)
        kendall = median(\.kendall)
        mape = median(\.mape)
        within10 = median(\.within10)
        self.samples = samples
        seeds = perSeed.count
        predicted = perSeed[0].quality.count
        self.column = column
    }

    var text: String {
        """
        \(column): calibrated on \(samples) networks, predicted \(predicted); median over \(seeds) seeds
          spearman \(fixed(spearman, 3))  kendall \(fixed(kendall, 3))  mape \(fixed(100 * mape, 1)) %  within ±10 % \(fixed(100 * within10, 1)) %
        """
    }

    func json() throws -> String { try self.sortedJSON() }
}

func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
