/// Rank correlation between two paired samples.
public enum RankCorrelation {
    /// Ranks starting at 1, ties given their average rank.
    ///
    /// - Complexity: O(n log n).
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = average }
            start = end + 1
        }
        return ranks
    }

    /// Spearman's ρ: the Pearson correlation of the ranks (ties averaged).
    ///
    /// - Complexity: O(n log n).
    public static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count && a.count > 1, "spearman needs two paired samples of size > 1")
        return pearson(ranks(a), ranks(b))
    }

    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        let meanA = a.reduce(0, +) / n, meanB = b.reduce(0, +) / n
        var covariance = 0.0, varianceA = 0.0, varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        return covariance / (varianceA * varianceB).squareRoot()
    }
}

extension RankCorrelation {
    /// Kendall's τ-b (ties in either sample corrected).
    ///
    /// - Complexity: O(n²): about a second for 15,000 points.
    public static func kendall(_ a: [Double], _ b: [Double]) -> Double {
        var concordant = 0.0, discordant = 0.0, tiesA = 0.0, tiesB = 0.0
        for i in a.indices {
            for j in (i + 1)..<a.count {
                let x = (a[i] - a[j]).sign, y = (b[i] - b[j]).sign
                if a[i] == a[j] && b[i] == b[j] { continue }
                if a[i] == a[j] { tiesA += 1 } else if b[i] == b[j] { tiesB += 1 } else if x == y { concordant += 1 } else { discordant += 1 }
            }
        }
        let denominator = ((concordant + discordant + tiesA) * (concordant + discordant + tiesB)).squareRoot()
        return denominator > 0 ? (concordant - discordant) / denominator : 0
    }
}
