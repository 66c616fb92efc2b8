import ArgumentParser
import Engine
import Foundation
import NetworkIR
import Profiling
import SearchSpaces

/// A CSV of measured networks: one genome (in its space's text form) and one latency per row.
struct MeasuredTable {
    var networks: [Network]
    var latencies: [Double]
    private var workCache: [GraphOptimization: [WorkProfile]] = [:]

    init(path: String, space: any SearchSpace, genomeColumn: String, latencyColumn: String) throws {
        let csv = try CSVTable(contentsOf: path)
        let genomeIndex = try csv.column(genomeColumn), latencyIndex = try csv.column(latencyColumn)
        var networkByGenome: [String: Network] = [:]
        networks = []
        latencies = []
        for (line, fields) in csv.rows {
            let text = fields[genomeIndex]
            guard let latency = Double(fields[latencyIndex]), latency >= 0, latency.isFinite else {
                throw ValidationError(
                    "\(path) line \(line), column \(latencyColumn): \"\(fields[latencyIndex])\" is not a latency; expected a non-negative number")
            }
            if networkByGenome[text] == nil {
                do {
                    networkByGenome[text] = try space.network(for: try space.genome(string: text))
                } catch {
                    throw ValidationError("\(path) line \(line), column \(genomeColumn): \(error)")
                }
            }
            networks.append(networkByGenome[text]!)
            latencies.append(latency)
        }
        guard !latencies.isEmpty else { throw ValidationError("\(path) has a header but no rows") }
        FileHandle.standardError.write(Data("read \(latencies.count) networks from \(path)\n".utf8))
    }

    /// The regressors of every row under `optimization`, computed once (one basis per table).
    mutating func work(under optimization: GraphOptimization, basis: RegressorBasis) throws -> [WorkProfile] {
        if let cached = workCache[optimization] { return cached }
        let profiles = try networks.map { try basis.regressors(of: $0, optimization: optimization) }
        workCache[optimization] = profiles
        return profiles
    }
}
