import Foundation
import Profiling

/// `calibrate-table --uncalibrated`: a profile model's own latency (the sum of its regressors)
/// against every row of the table, with no fitting.
struct UncalibratedTableReport: Encodable {
    var column: String
    var basis: String
    var quality: PredictionQuality

    init(table: inout MeasuredTable, basis: RegressorBasis, column: String, optimization: GraphOptimization) throws {
        let predicted = try table.work(under: optimization, basis: basis).map { $0.workByKind.values.reduce(0, +) }
        quality = PredictionQuality(predicted: predicted, measured: table.latencies,
                                    relative: table.networks.map(\.outputDependsOnInput))
        self.column = column
        self.basis = basis.name
    }

    var text: String {
        """
        \(column): \(basis), uncalibrated, \(quality.count) networks
          spearman \(fixed(quality.spearman, 3))  kendall \(fixed(quality.kendall, 3))
        """
    }

    func json() throws -> String { try self.sortedJSON() }
}
